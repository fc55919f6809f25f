"""`taalcheck serve --config FILE`: the server checks with the same settings as `taalcheck check`.

The LanguageTool API (/v2/check) honours select, ignore, max-zinlengte,
extra-woordenlijsten and the named organisation lists; a request picks an
organisation by name, never by path.
"""

from __future__ import annotations

import os
import pathlib
import re
import subprocess
import sys

import httpx
import pytest
import servers

import taalcheck
from taalcheck.server_settings import OptionError, ServerSettings

# Nine words: a long sentence at max-zinlengte = 8, not at the default 20.
SHORT = "Wij sturen u vandaag de nieuwe stadspas voor volgend jaar."
# "meldingspasje" is no jargon in the shipped lists, only in the organisation's list.
ORG_WORD = "Uw meldingspasje ligt klaar."
HEADER = "woord,alternatieven,uitleg,veilig,bron\n"
CONFIG = """
[tool.taalcheck]
max-zinlengte = 8
ignore = ["W201"]
extra-woordenlijsten = ["lijsten/algemeen.csv"]

[tool.taalcheck.organisaties]
zwolle = ["lijsten/zwolle.csv"]
"""


def write_config(root: pathlib.Path) -> pathlib.Path:
    (root / "lijsten").mkdir(parents=True, exist_ok=True)
    (root / "lijsten" / "algemeen.csv").write_text(HEADER + "stadspas,gemeentekaart,Zeg gewoon wat het is.,ja,test\n", encoding="utf-8")
    (root / "lijsten" / "zwolle.csv").write_text(
        HEADER + "meldingspasje,kaart,Een eigen woord van de gemeente.,ja,test\n", encoding="utf-8"
    )
    path = root / "pyproject.toml"
    path.write_text(CONFIG, encoding="utf-8")
    return path


def rules(answer: dict) -> list[tuple[str, str]]:
    def text_of(m: dict) -> str:
        return m["context"]["text"][m["context"]["offset"] : m["context"]["offset"] + m["context"]["length"]]

    return sorted((m["rule"]["id"], text_of(m)) for m in answer["matches"])


def test_settings_read_the_organisations(tmp_path):
    settings = ServerSettings.from_file(str(write_config(tmp_path)))
    assert settings.max_zinlengte == 8 and settings.ignore == {"W201"}
    options = settings.options(organisatie="zwolle")
    assert [pathlib.Path(p).name for p in options.woordenlijsten] == ["algemeen.csv", "zwolle.csv"]
    assert [pathlib.Path(p).name for p in settings.options().woordenlijsten] == ["algemeen.csv"]
    refusal = "De organisatie 'utrecht' kent deze server niet. Bekende organisaties: zwolle."
    with pytest.raises(OptionError, match=re.escape(refusal)):
        settings.options(organisatie="utrecht")
    # a request never names a path: a path is just an unknown name
    with pytest.raises(OptionError):
        settings.options(organisatie=str(tmp_path / "lijsten" / "zwolle.csv"))


def test_organisation_names_are_checked_on_load(tmp_path):
    from taalcheck.config import ConfigError, load_config

    (tmp_path / "taalcheck.toml").write_text('[organisaties]\n"../Zwolle" = []\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("de naam '../Zwolle' in 'organisaties' kan niet")):
        load_config(tmp_path / "taalcheck.toml")
    (tmp_path / "taalcheck.toml").write_text('[organisaties]\nzwolle = ["weg.csv"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("woordenlijst 'weg.csv' bestaat niet")):
        load_config(tmp_path / "taalcheck.toml")
    # a broken list stops the server at start, not at the first request
    (tmp_path / "kapot.csv").write_text("woord,alternatieven\nx,y\n", encoding="utf-8")
    (tmp_path / "taalcheck.toml").write_text('[organisaties]\nzwolle = ["kapot.csv"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape("kapot.csv:1: De kolom 'uitleg' ontbreekt")):
        ServerSettings.from_file(str(tmp_path / "taalcheck.toml"))


def _expectations(post) -> None:
    """The same assertions for the in-process app and the real server; ``post(params) -> response``."""
    plain = post({"text": SHORT, "language": "nl"})
    assert plain.status_code == 200
    found = rules(plain.json())
    assert ("Z101", SHORT) in found  # max-zinlengte = 8 from the settings
    assert ("W101", "stadspas") in found  # extra-woordenlijsten
    assert not [r for r, _ in found if r == "W201"]  # ignore

    without = rules(post({"text": ORG_WORD, "language": "nl"}).json())
    assert ("W101", "meldingspasje") not in without
    zwolle = post({"text": ORG_WORD, "language": "nl", "organisatie": "zwolle"})
    assert zwolle.status_code == 200
    assert ("W101", "meldingspasje") in rules(zwolle.json())

    unknown = post({"text": ORG_WORD, "language": "nl", "organisatie": "utrecht"})
    assert unknown.status_code == 400
    assert "De organisatie 'utrecht' kent deze server niet." in unknown.text

    # the editor's own choice still filters on top of the settings
    narrowed = post({"text": SHORT, "language": "nl", "disabledRules": "Z101"})
    assert "Z101" not in {r for r, _ in rules(narrowed.json())}


def test_v2_check_honours_the_settings_in_one_process(tmp_path):
    from fastapi.testclient import TestClient

    from taalcheck.meldpunt.app import create_app

    settings = ServerSettings.from_file(str(write_config(tmp_path)))
    app = create_app(f"sqlite:///{tmp_path / 'm.sqlite3'}", rate_limit="0", settings=settings)
    with TestClient(app) as client:
        _expectations(lambda params: client.post("/v2/check", data=params))
    # and without settings: the defaults (no long sentence at 9 words, no organisation lists)
    app = create_app(f"sqlite:///{tmp_path / 'n.sqlite3'}", rate_limit="0")
    with TestClient(app) as client:
        answer = client.post("/v2/check", data={"text": SHORT, "language": "nl"}).json()
        assert "Z101" not in {r for r, _ in rules(answer)}
        refused = client.post("/v2/check", data={"text": SHORT, "language": "nl", "organisatie": "zwolle"})
        assert refused.status_code == 400 and "Bekende organisaties: geen." in refused.text


def start_serve(tmp_path: pathlib.Path, *extra: str, env_extra: dict[str, str] | None = None) -> servers.Server:
    """A real `python -m taalcheck serve` on a free port, run from ``tmp_path``; stop it with ``.stop()``."""
    db = f"sqlite:///{tmp_path / 'meldpunt.sqlite3'}"
    try:
        return servers.Server(db, extra=extra, env=env_extra, cwd=tmp_path).start()
    except servers.ServerFailed as failed:
        pytest.fail(str(failed))


@pytest.mark.slow
def test_v2_check_honours_the_settings_in_a_real_server(tmp_path):
    config = write_config(tmp_path / "instellingen")
    server = start_serve(tmp_path, "--config", str(config))
    try:
        with httpx.Client(base_url=server.base, timeout=120) as client:
            _expectations(lambda params: client.post("/v2/check", data=params))
    finally:
        server.stop()


@pytest.mark.slow
def test_serve_refuses_a_broken_config_in_dutch(tmp_path):
    (tmp_path / "taalcheck.toml").write_text("max-zinlengte = 0\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "taalcheck", "serve", "--config", str(tmp_path / "taalcheck.toml"), "--port", "0"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=dict(os.environ, PYTHONPATH=str(pathlib.Path(taalcheck.__file__).resolve().parents[1])),
    )
    assert result.returncode != 0
    assert "'max-zinlengte' moet een heel getal vanaf 1 zijn" in result.stderr
    assert "Traceback" not in result.stderr
