"""Data flows one way: a stage imports only earlier stages and shared types (STYLE.md).

Every module of the package must be placed in STAGES; a new module fails here until it is.
"""

from __future__ import annotations

import ast
from pathlib import Path

import dateline

PACKAGE = Path(dateline.__file__).parent

# Top-level module or subpackage -> its place in the flow. Equal ranks may not import each other
# unless listed in SAME_RANK_ALLOWED.
STAGES = {
    # shared types and named data
    "record": 0, "errors": 0, "options": 0, "context": 0, "lexicons": 0, "gazetteer": 0,
    "doc": 0,  # the Doc contract: extension names, ArticleInfo, warnings, the component guard
    # read -> locate -> language
    "reading": 1, "metadata": 2, "language": 3,
    # extractors (spaCy components)
    "entities": 4, "quantities": 4,
    "places": 5, "quotes": 5, "times": 5, "events": 5,  # times reads numbers with quantities' parser
    # record assembly, where batches run (runners get the Pipeline as a factory, so `n_process`
    # can pick one), and the run
    "assemble": 6, "runners": 6.5, "pipeline": 7, "render": 7,
    "engines": 7.5,  # the runner for `--engine`: builds the Pipeline only where it analyses
    # products of records
    "store": 8, "dataset": 8.5, "ingest": 9, "corpus": 9, "evaluation": 9, "api": 9, "distributed": 9,
    "serve": 9,  # the web app: reads through the store, analyses through the pipeline
    "cli": 10, "__init__": 10, "__main__": 10,
}
SAME_RANK_ALLOWED: set[tuple[str, str]] = {("__main__", "cli"), ("corpus", "ingest")}  # corpus: ingest's old name
SHARED_RANK = 0  # shared types may use each other (context holds record items)

# The store keeps records; it never runs NLP (datasette's rule: one class owns the database).
# Lexicons are named data (the store's entity merger folds "Mr", "President", "Jr." away).
STORE_MAY_IMPORT = {"record", "errors", "options", "context", "lexicons", "store"}
NLP_LIBRARIES = {"spacy", "thinc"}


def stage_of(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def dateline_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "dateline" and node.level == 0:
            found.update(alias.name for alias in node.names if alias.name in STAGES)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            parts = node.module.split(".")
            if parts[0] == "dateline":
                found.add(parts[1] if len(parts) > 1 else "__init__")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "dateline":
                    found.add(parts[1] if len(parts) > 1 else "__init__")
                elif parts[0] in NLP_LIBRARIES:
                    found.add("<" + parts[0] + ">")
    return found


def modules():
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts]


def test_every_module_has_a_stage():
    unplaced = {stage_of(p) for p in modules()} - set(STAGES)
    assert not unplaced, f"place these in tests/test_architecture.py STAGES: {sorted(unplaced)}"


def test_imports_flow_one_way():
    problems = []
    for path in modules():
        own = stage_of(path)
        for target in dateline_imports(path):
            if target.startswith("<") or target == own:
                continue
            same = STAGES[target] == STAGES[own]
            if STAGES[target] > STAGES[own] or (same and STAGES[own] != SHARED_RANK and (own, target) not in SAME_RANK_ALLOWED):
                problems.append(f"{path.relative_to(PACKAGE)} ({own}) imports {target}")
    assert not problems, "imports against the flow:\n" + "\n".join(problems)


def test_the_store_never_runs_nlp():
    for path in modules():
        if stage_of(path) == "store":
            imports = dateline_imports(path)
            assert imports <= STORE_MAY_IMPORT, f"{path.name} imports {imports - STORE_MAY_IMPORT}"


def test_the_cli_holds_no_analysis():
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        imports = dateline_imports(path)
        assert not any(i.startswith("<") for i in imports), f"{path.name} imports an NLP library directly"


def _printed_by_fresh_python(code: str) -> str:
    """What `code` prints in a new interpreter: imports as a user's process makes them."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_importing_dateline_sets_no_doc_extensions():
    code = (
        "from spacy.tokens import Doc; import dateline, dateline.pipeline; "
        "print([n for n in ('dateline_entities', 'dateline_article', 'dateline_quotes') if Doc.has_extension(n)])"
    )
    assert _printed_by_fresh_python(code) == "[]"


def test_commands_that_do_not_analyse_and_a_ray_driver_never_import_spacy():
    # `dateline search`, `serve`, `ingest --from-records` and a Ray driver (which ships the work to
    # actors) start without spaCy and dateline's components: 1.1 s less at every start.
    code = (
        "import sys, dateline.cli, dateline.ingest, dateline.serve; "
        "from dateline import AnalysisOptions; from dateline.engines import PipelineFactory, make_runner; "
        "from dateline.runners.ray import RayRunner; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'spacy', 'thinc'}))"
    )
    assert _printed_by_fresh_python(code) == "[]"


# -- extractors: no files, no environment, nothing process-wide (issue 10) ----------------------
# Extractors get everything through the Doc and their constructor; the Pipeline (or whoever builds
# the spaCy pipeline) opens resources such as the gazetteer once and hands them in.
EXTRACTOR_PACKAGES = ("entities", "places", "quotes", "times", "quantities", "events")
# Calls that reach a file, a database, the environment or a process-wide resource.
FORBIDDEN_CALLS = {
    "open", "getenv", "read_text", "read_bytes", "write_text", "write_bytes", "connect",
    "default_index_path", "ensure_index", "build_index", "shared", "load",
}
FORBIDDEN_NAMES = {"environ", "stdin", "stdout"}
FORBIDDEN_MODULES = {"os", "sqlite3", "pathlib", "shutil", "io", "urllib", "requests", "socket"}


def _extractor_modules():
    for path in modules():
        if stage_of(path) in EXTRACTOR_PACKAGES:
            yield path


def _called_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def test_extractors_do_no_file_or_environment_access():
    problems = []
    for path in _extractor_modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(PACKAGE)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in FORBIDDEN_CALLS:
                problems.append(f"{where}:{node.lineno} calls {_called_name(node)}()")
            elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
                problems.append(f"{where}:{node.lineno} reads {node.attr}")
            elif isinstance(node, ast.Import):
                problems += [f"{where}:{node.lineno} imports {a.name}" for a in node.names if a.name.split(".")[0] in FORBIDDEN_MODULES]
            elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in FORBIDDEN_MODULES:
                problems.append(f"{where}:{node.lineno} imports from {node.module}")
    assert not problems, "extractors must not touch files, databases or the environment:\n" + "\n".join(problems)


def test_only_the_doc_contract_touches_doc_extensions():
    """Components read and write `doc._` through dateline.doc (layer, set_layer, article_info,
    add_warnings), so every extension name has one home."""
    problems = []
    for path in modules():
        if stage_of(path) == "doc":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {"_", "has_extension", "set_extension", "get_extension"}:
                problems.append(f"{path.relative_to(PACKAGE)}:{node.lineno} uses .{node.attr}")
    assert not problems, "use dateline.doc for Doc extensions:\n" + "\n".join(problems)
