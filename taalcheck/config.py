"""Project settings: ``[tool.taalcheck]`` in pyproject.toml, or taalcheck.toml / .taalcheck.toml.

The nearest file upward from a checked file wins, so one repository can hold
letters of several teams with their own settings. Everything is checked on
load: an unknown key, a missing word list or a broken pattern stops the run
with a plain Dutch message that names the file.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath
from typing import Any

from taalcheck.core.options import CheckOptions

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_NAMES = ("taalcheck.toml", ".taalcheck.toml", "pyproject.toml")
KEYS = (
    "select",
    "ignore",
    "max-zinlengte",
    "extra-woordenlijsten",
    "placeholders",
    "exclude",
    "per-file-ignores",
    "organisaties",
)
_ORGANISATION_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")


class ConfigError(Exception):
    """A settings file that cannot be used; the message is plain Dutch and names the file."""


@dataclass(frozen=True)
class Config:
    """Settings from one file; paths in it are relative to ``root`` (the file's folder)."""

    path: Path
    root: Path
    select: frozenset[str] | None = None
    ignore: frozenset[str] | None = None
    max_zinlengte: int | None = None
    woordenlijsten: tuple[str, ...] = ()
    placeholders: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, frozenset[str]], ...] = field(default=())
    # name -> extra word lists of that organisation (for `taalcheck serve`: a request names the organisation)
    organisaties: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())

    def _relative(self, path: str | Path) -> PurePosixPath | None:
        try:
            return PurePosixPath(Path(path).resolve().relative_to(self.root).as_posix())
        except ValueError:
            return None

    def excluded(self, path: str | Path) -> bool:
        """True when ``path`` (or a folder above it, below the config) matches ``exclude``."""
        rel = self._relative(path)
        return rel is not None and any(_matches(rel, glob) for glob in self.exclude)

    def options_for(self, path: str | Path, base: CheckOptions, explicit: frozenset[str] = frozenset()) -> CheckOptions:
        """Options for one file: ``base`` holds the command-line flags, and they win.

        A flag counts as given when it differs from the default, or when its
        field name (``select``, ``ignore``, ``max_zinlengte``) is in ``explicit``.
        """
        default = CheckOptions()
        select = base.select if base.select or "select" in explicit else (self.select or frozenset())
        ignore = base.ignore if base.ignore or "ignore" in explicit else (self.ignore or frozenset())
        rel = self._relative(path)
        if rel is not None:
            for glob, codes in self.per_file_ignores:
                if _matches(rel, glob):
                    ignore = ignore | codes
        max_len = base.max_zinlengte
        if self.max_zinlengte and base.max_zinlengte == default.max_zinlengte and "max_zinlengte" not in explicit:
            max_len = self.max_zinlengte
        return replace(
            base,
            select=select,
            ignore=ignore,
            max_zinlengte=max_len,
            woordenlijsten=_unique(base.woordenlijsten + self.woordenlijsten),
            placeholders=_unique(base.placeholders + self.placeholders),
        )


def _unique(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _matches(rel: PurePosixPath, glob: str) -> bool:
    glob = glob.strip()
    if glob.endswith("/"):
        glob += "*"
    text = rel.as_posix()
    if fnmatch(text, glob) or fnmatch(rel.name, glob) or fnmatch(text, glob.removeprefix("**/")):
        return True
    # A pattern naming a folder covers everything below it.
    return any(fnmatch(parent.as_posix(), glob.rstrip("/*")) for parent in rel.parents if parent.as_posix() != ".")


def load_config(file: str | Path) -> Config:
    """Read and validate one settings file; raises ConfigError."""
    file = Path(file).resolve()
    label = file.name
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{file}: dit instellingenbestand bestaat niet.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{label}: dit bestand kan niet worden gelezen ({exc}).") from None
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"line (\d+), column (\d+)", str(exc))
        place = f" op regel {where.group(1)}, kolom {where.group(2)}" if where else ""
        raise ConfigError(
            f"{label}: fout in het bestand{place}. Schrijf elke instelling als naam = waarde, "
            f'bijvoorbeeld max-zinlengte = 18 of ignore = ["W201"].'
        ) from None
    if file.name == "pyproject.toml":
        label = "pyproject.toml [tool.taalcheck]"
        data = data.get("tool", {}).get("taalcheck", {})
    return _build(file, label, data)


def _build(file: Path, label: str, data: dict[str, Any]) -> Config:
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(key.replace("_", "-"), KEYS, n=1, cutoff=0.5)
            hint = f" Bedoelt u '{close[0]}'?" if close else f" Mogelijk zijn: {', '.join(KEYS)}."
            raise ConfigError(f"{label}: onbekende instelling '{key}'.{hint}")
    root = file.parent
    values: dict[str, Any] = {}
    if "select" in data:
        values["select"] = _codes(label, "select", data["select"])
    if "ignore" in data:
        values["ignore"] = _codes(label, "ignore", data["ignore"])
    if "max-zinlengte" in data:
        value = data["max-zinlengte"]
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ConfigError(f"{label}: 'max-zinlengte' moet een heel getal vanaf 1 zijn, niet {value!r}.")
        values["max_zinlengte"] = value
    values["woordenlijsten"] = _lists(label, "extra-woordenlijsten", root, data.get("extra-woordenlijsten", []))
    values["organisaties"] = _organisations(label, root, data.get("organisaties", {}))
    patterns = _strings(label, "placeholders", data.get("placeholders", []))
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{label}: patroon {pattern!r} in 'placeholders' klopt niet (Python meldt: {exc}).") from None
    values["placeholders"] = tuple(patterns)
    values["exclude"] = tuple(_strings(label, "exclude", data.get("exclude", [])))
    per_file = data.get("per-file-ignores", {})
    if not isinstance(per_file, dict):
        raise ConfigError(f'{label}: \'per-file-ignores\' moet een tabel zijn, zoals {{"brieven/*.md" = ["W101"]}}.')
    values["per_file_ignores"] = tuple((glob, _codes(label, f"per-file-ignores.{glob}", codes)) for glob, codes in per_file.items())
    return Config(path=file, root=root, **values)


def _lists(label: str, key: str, root: Path, value: Any) -> tuple[str, ...]:
    lists = []
    for name in _strings(label, key, value):
        target = (root / name).resolve()
        if not target.is_file():
            raise ConfigError(f"{label}: woordenlijst '{name}' bestaat niet (gezocht in {target}).")
        lists.append(str(target))
    return tuple(lists)


def _organisations(label: str, root: Path, value: Any) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``[tool.taalcheck.organisaties] zwolle = ["lijsten/zwolle.csv"]``: named extra word lists."""
    if not isinstance(value, dict):
        raise ConfigError(f"{label}: 'organisaties' moet een tabel zijn, zoals {{zwolle = [\"lijsten/zwolle.csv\"]}}.")
    out = []
    for name, lists in value.items():
        if not _ORGANISATION_NAME.fullmatch(name):
            raise ConfigError(
                f"{label}: de naam '{name}' in 'organisaties' kan niet. Gebruik kleine letters, cijfers, - of _ (hoogstens 64 tekens)."
            )
        out.append((name, _lists(label, f"organisaties.{name}", root, lists)))
    return tuple(out)


def _strings(label: str, key: str, value: Any) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{label}: '{key}' moet een lijst met tekst zijn, zoals [\"...\"].")
    return value


def _codes(label: str, key: str, value: Any) -> frozenset[str]:
    """Rule codes and categories; one that does not exist stops the run ("Bedoelt u ...?")."""
    from taalcheck.rules import check_codes

    try:
        return check_codes(_strings(label, key, value), f"{label}: '{key}'")
    except ValueError as exc:
        raise ConfigError(str(exc)) from None


_cache: dict[Path, Config | None] = {}


def clear_cache() -> None:
    """Forget found settings files (for tests and long-running processes)."""
    _cache.clear()


def find_config(path: str | Path) -> Config | None:
    """The nearest settings file upward from ``path``; cached per folder."""
    start = Path(path).resolve()
    directory = start if start.is_dir() else start.parent
    visited = []
    found: Config | None = None
    for folder in (directory, *directory.parents):
        if folder in _cache:
            found = _cache[folder]
            break
        visited.append(folder)
        config = _in_folder(folder)
        if config is not None:
            found = config
            break
    for folder in visited:
        _cache[folder] = found
    return found


def _in_folder(folder: Path) -> Config | None:
    for name in CONFIG_NAMES:
        candidate = folder / name
        if not candidate.is_file():
            continue
        if name == "pyproject.toml" and not _has_tool_section(candidate):
            continue
        return load_config(candidate)
    return None


def _has_tool_section(file: Path) -> bool:
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    return "taalcheck" in data.get("tool", {})
