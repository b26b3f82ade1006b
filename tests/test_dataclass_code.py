"""The dataclass methods compiled in advance (jcpoa_tracker/dataclass_code.py):
the same methods ``dataclasses`` would make, used for this package's classes
only, and the module that holds them up to date."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from types import CodeType

import pytest

import jcpoa_tracker
from jcpoa_tracker import dataclass_code
from jcpoa_tracker.dataclass_code_writer import shape

ROOT = Path(__file__).resolve().parent.parent


def _fresh_python(code: str, *, write_bytecode: bool = True) -> str:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


@pytest.fixture(scope="module")
def recorded() -> dict[str, str]:
    """Every text dataclasses compiles for the package, by digest, from a
    fresh interpreter."""
    out = _fresh_python(
        "import json\n"
        "from jcpoa_tracker.dataclass_code_writer import recorded_texts\n"
        "print(json.dumps(recorded_texts()))\n"
    )
    texts: dict[str, str] = json.loads(out)
    return texts


def _compiled_code() -> dict[str, CodeType]:
    from jcpoa_tracker.dataclass_code_py311 import CODE

    return CODE


def _maker_of(text: str) -> CodeType:
    """The code of the function a text defines, compiled as dataclasses does."""
    module = compile(text, "<string>", "exec", dont_inherit=True)
    (maker,) = [c for c in module.co_consts if isinstance(c, CodeType)]
    return maker


# The module shipped is for Python 3.11 (another Python's dataclasses write
# other texts, and find none of them there).
ONLY_ON_311 = pytest.mark.skipif(
    sys.version_info[:2] != (3, 11), reason="the module shipped is for Python 3.11"
)


@ONLY_ON_311
def test_the_compiled_module_is_up_to_date(recorded: dict[str, str]) -> None:
    assert set(_compiled_code()) == set(recorded), (
        "jcpoa_tracker/dataclass_code_py311.py is out of date: run "
        "python -m jcpoa_tracker.dataclass_code_writer"
    )


@ONLY_ON_311
def test_every_compiled_method_is_what_its_text_compiles_to(recorded: dict[str, str]) -> None:
    compiled = _compiled_code()
    found = [digest for digest in recorded if digest in compiled]
    assert len(found) > 100
    for digest in found:
        assert shape(compiled[digest]) == shape(_maker_of(recorded[digest])), digest


@ONLY_ON_311
def test_the_package_classes_get_the_compiled_methods() -> None:
    out = _fresh_python(
        "from jcpoa_tracker.model import Statement\n"
        "from jcpoa_tracker.report.status import ToneSummary\n"
        "for cls in (Statement, ToneSummary):\n"
        "    for name in ('__init__', '__eq__', '__repr__', '__hash__', '__setattr__'):\n"
        "        method = getattr(cls, name)\n"
        "        method = getattr(method, '__wrapped__', method)  # __repr__'s guard\n"
        "        print(method.__code__.co_filename)\n"
    )
    files = out.split()
    assert len(files) == 10
    assert all(Path(file).name == "dataclass_code_py311.py" for file in files), files


def test_without_bytecode_to_keep_the_texts_are_compiled_as_before(tmp_path: Path) -> None:
    # A copy of the package without any .pyc, and Python told to write none:
    # compiling the whole module on every run would cost more than it saves.
    copy = tmp_path / "jcpoa_tracker"
    import shutil

    shutil.copytree(
        ROOT / "jcpoa_tracker", copy, ignore=shutil.ignore_patterns("__pycache__", "data")
    )
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(tmp_path)}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from jcpoa_tracker.model import Statement;"
            "print(Statement.__init__.__code__.co_filename);"
            "print('jcpoa_tracker.dataclass_code_py311' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=tmp_path,
    )
    assert done.stdout.split() == ["<string>", "False"]


def test_classes_made_with_and_without_it_behave_alike() -> None:
    from jcpoa_tracker.dates import parse_iso
    from jcpoa_tracker.model import Source, Statement

    source = Source(url="https://example.org/a", outlet="Reuters")
    made = Statement(
        id="s1", speaker="araghchi", date=parse_iso("2025-04-12"), text="We agreed.",
        sources=(source,),
    )  # fmt: skip
    assert made == dataclasses.replace(made)
    assert hash(made) == hash(dataclasses.replace(made))
    assert made != dataclasses.replace(made, text="Other.")
    assert repr(made).startswith("Statement(id='s1', ")
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.text = "changed"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del made.text  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing 1 required keyword-only argument: 'speaker'"):
        Statement(id="s2", date=parse_iso("2025-04-12"), text="x", sources=())  # type: ignore[call-arg]
    # As the model writes them (postponed: text), not as names of the
    # function that made __init__ (what compiling the text with this
    # module's flags would give).
    annotations = Statement.__init__.__annotations__
    assert annotations["text"] == "str"
    assert annotations["return"] is None


def _probe_module(name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    return module


def test_a_class_not_compiled_in_advance_is_compiled_as_before() -> None:
    # A class of the package the compiled module does not know (one changed
    # since it was written): its methods compiled from their text, with
    # real annotations (not this module's postponed ones).
    name = "jcpoa_tracker._probe_for_a_test"
    module = _probe_module(name)
    try:
        probe = types.new_class("Probe", exec_body=lambda ns: ns.update(
            {"__module__": name, "__annotations__": {"size": int, "label": str}, "label": "x"}
        ))  # fmt: skip
        module.Probe = probe  # type: ignore[attr-defined]
        made = dataclasses.dataclass(frozen=True)(probe)
        assert made.__init__.__code__.co_filename == "<string>"
        assert made.__init__.__annotations__ == {"size": int, "label": str, "return": None}
        assert made(3) == made(3, "x")
        assert repr(made(3)) == "Probe(size=3, label='x')"
    finally:
        del sys.modules[name]


def test_other_packages_classes_are_left_alone() -> None:
    @dataclasses.dataclass(frozen=True)
    class Elsewhere:
        size: int

    assert Elsewhere.__init__.__code__.co_filename == "<string>"
    assert Elsewhere(2) == Elsewhere(2)


def test_install_leaves_another_exec_in_place(monkeypatch: pytest.MonkeyPatch) -> None:
    def theirs(*args: object) -> None:
        raise AssertionError("not called here")

    monkeypatch.setattr(dataclasses, "exec", theirs, raising=False)
    dataclass_code.install()
    assert vars(dataclasses)["exec"] is theirs


def test_the_package_installs_it() -> None:
    assert jcpoa_tracker.dataclass_code is dataclass_code
    assert vars(dataclasses)["exec"] is dataclass_code._exec
