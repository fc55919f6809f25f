"""Settings files: found upward, validated on load, merged with command-line flags."""

from __future__ import annotations

import pytest

from taalcheck.config import ConfigError, clear_cache, find_config, load_config
from taalcheck.core.options import CheckOptions


@pytest.fixture(autouse=True)
def _fresh_cache():
    clear_cache()
    yield
    clear_cache()


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_full_taalcheck_toml(tmp_path):
    write(tmp_path / "lijsten" / "eigen.csv", "woord,alternatieven\nbeschikking,besluit\n")
    config = load_config(
        write(
            tmp_path / "taalcheck.toml",
            """
select = ["jargon", "W201"]
ignore = "passief, G101"
max-zinlengte = 18
extra-woordenlijsten = ["lijsten/eigen.csv"]
placeholders = ['%[A-Z]+%']
exclude = ["concepten/", "*.bak.md"]

[per-file-ignores]
"juridisch/*.md" = ["jargon"]
""",
        )
    )
    assert config.select == {"jargon", "W201"}
    assert config.ignore == {"passief", "G101"}
    assert config.max_zinlengte == 18
    assert config.woordenlijsten == (str((tmp_path / "lijsten" / "eigen.csv").resolve()),)
    assert config.placeholders == ("%[A-Z]+%",)
    assert config.excluded(tmp_path / "concepten" / "a" / "brief.md")
    assert config.excluded(tmp_path / "oud.bak.md")
    assert not config.excluded(tmp_path / "brief.md")
    assert not config.excluded(tmp_path.parent / "elders.md")

    options = config.options_for(tmp_path / "juridisch" / "bezwaar.md", CheckOptions())
    assert options.select == {"jargon", "W201"}
    assert options.ignore == {"passief", "G101", "jargon"}
    assert options.max_zinlengte == 18
    assert options.placeholders == ("%[A-Z]+%",)
    other = config.options_for(tmp_path / "brief.md", CheckOptions())
    assert "jargon" not in other.ignore


def test_command_line_flags_win(tmp_path):
    config = load_config(write(tmp_path / "taalcheck.toml", 'select = ["jargon"]\nignore = ["W101"]\nmax-zinlengte = 25\n'))
    cli = CheckOptions.build(select=["lange-zin"], ignore=["W999"], max_zinlengte=15, woordenlijsten=["a.csv"])
    options = config.options_for(tmp_path / "x.txt", cli)
    assert options.select == {"lange-zin"} and options.ignore == {"W999"} and options.max_zinlengte == 15
    assert options.woordenlijsten == ("a.csv",)
    # an explicit flag with the default value still wins
    explicit = config.options_for(tmp_path / "x.txt", CheckOptions(), explicit=frozenset({"max_zinlengte"}))
    assert explicit.max_zinlengte == CheckOptions().max_zinlengte


def test_unknown_key_suggests_the_right_one(tmp_path):
    with pytest.raises(ConfigError) as info:
        load_config(write(tmp_path / "taalcheck.toml", "max_zin = 12\n"))
    assert str(info.value) == "taalcheck.toml: onbekende instelling 'max_zin'. Bedoelt u 'max-zinlengte'?"
    with pytest.raises(ConfigError, match=r"onbekende instelling 'kleur'\. Mogelijk zijn: select"):
        load_config(write(tmp_path / "taalcheck.toml", "kleur = 'rood'\n"))


@pytest.mark.parametrize(
    "body, message",
    [
        ('extra-woordenlijsten = ["weg.csv"]', "woordenlijst 'weg.csv' bestaat niet"),
        ("placeholders = ['[unclosed']", "patroon '[unclosed' in 'placeholders' klopt niet"),
        ("max-zinlengte = 0", "'max-zinlengte' moet een heel getal vanaf 1 zijn"),
        ("max-zinlengte = true", "'max-zinlengte' moet een heel getal"),
        ("select = [1, 2]", "'select' moet een lijst met tekst zijn"),
        ("per-file-ignores = ['x']", "'per-file-ignores' moet een tabel zijn"),
        ("select = [", "taalcheck.toml: fout in het bestand. Schrijf elke instelling als naam = waarde"),
        ("max zin = 3", "taalcheck.toml: fout in het bestand op regel 1, kolom 5. Schrijf"),
    ],
)
def test_invalid_values_give_clear_errors(tmp_path, body, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("(", r"\(")):
        load_config(write(tmp_path / "taalcheck.toml", body + "\n"))


def test_pyproject_section_and_nearest_file_wins(tmp_path):
    write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n\n[tool.taalcheck]\nmax-zinlengte = 22\n')
    write(tmp_path / "team" / ".taalcheck.toml", "max-zinlengte = 12\n")
    write(tmp_path / "zonder" / "pyproject.toml", '[project]\nname = "y"\n')
    top = find_config(tmp_path / "brief.txt")
    assert top.max_zinlengte == 22 and top.path.name == "pyproject.toml"
    assert find_config(tmp_path / "team" / "sub" / "brief.txt").max_zinlengte == 12
    # a pyproject.toml without [tool.taalcheck] is passed by
    assert find_config(tmp_path / "zonder" / "brief.txt").max_zinlengte == 22
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.taalcheck\]: onbekende instelling 'slect'"):
        load_config(write(tmp_path / "b" / "pyproject.toml", "[tool.taalcheck]\nslect = []\n"))


def test_find_config_caches_per_folder(tmp_path):
    write(tmp_path / "taalcheck.toml", "max-zinlengte = 30\n")
    assert find_config(tmp_path / "a.txt").max_zinlengte == 30
    write(tmp_path / "taalcheck.toml", "max-zinlengte = 31\n")
    assert find_config(tmp_path / "b.txt").max_zinlengte == 30  # cached
    clear_cache()
    assert find_config(tmp_path / "b.txt").max_zinlengte == 31


def test_placeholders_from_config_reach_the_reader(tmp_path):
    from taalcheck.readers import read_file

    write(tmp_path / "taalcheck.toml", "placeholders = ['%[A-Z]+%']\n")
    letter = write(tmp_path / "brief.txt", "Geachte %NAAM%, hierbij.")
    options = find_config(letter).options_for(letter, CheckOptions())
    doc = read_file(letter, placeholders=options.placeholders)
    assert [doc.text[s:e] for s, e in doc.placeholders] == ["%NAAM%"]
