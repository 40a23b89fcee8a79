"""How desktop/ui is put together: modules that import without cycles, a window whose constructor declares
every part it owns (nothing attached from outside, nothing probed for with hasattr/getattr)."""

import ast
import importlib
import inspect
import textwrap
from pathlib import Path

import desktop.ui
from desktop.ui.main_window import MainWindow

UI = Path(desktop.ui.__file__).parent
PARTS = ("session", "map", "satellites", "analysis", "results", "help", "timebar", "article_panel", "refresher",
         "orbit_lab", "coverage_panel", "runner", "status", "docks")


def ui_import_graph() -> dict[str, set[str]]:
    """Module -> the desktop.ui modules it imports (at the top or inside functions)."""
    graph = {}
    for path in sorted(UI.glob("*.py")):
        wanted = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level == 1:
                    names = [node.module] if node.module else [a.name for a in node.names]
                elif node.level == 0 and (node.module or "").startswith("desktop.ui."):
                    names = [node.module.split(".")[2]]
                else:
                    names = []
                wanted.update(n.split(".")[0] for n in names)
            elif isinstance(node, ast.Import):
                wanted.update(a.name.split(".")[2] for a in node.names if a.name.startswith("desktop.ui."))
        graph[path.stem] = wanted - {path.stem}
    return graph


def test_every_ui_module_imports_and_none_imports_itself_back():
    graph = ui_import_graph()
    for name in graph:
        importlib.import_module(f"desktop.ui.{name}")
    done, path = set(), []

    def visit(name):
        if name in path:
            raise AssertionError("import cycle: " + " -> ".join(path[path.index(name):] + [name]))
        if name in done:
            return
        path.append(name)
        for other in sorted(graph.get(name, ())):
            visit(other)
        path.pop()
        done.add(name)

    for name in graph:
        visit(name)


def test_the_cycle_check_sees_a_cycle():
    graph = ui_import_graph()
    assert "outputs" in graph["main_window"] and "handout" in graph["outputs"]  # lazy and top-level imports alike


def _assigned_to_self(function_nodes) -> set[str]:
    names = set()
    for fn in function_nodes:
        for node in ast.walk(fn):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for target in targets:
                for t in ast.walk(target):
                    if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self":
                        names.add(t.attr)
    return names


def test_a_new_window_has_every_part_its_constructor_declares_and_no_other(window):
    cls = ast.parse(textwrap.dedent(inspect.getsource(MainWindow))).body[0]
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    init = methods["__init__"]
    # the constructor's own helpers (self._build_menus() ...) build parts of it too
    helpers = {c.func.attr for c in ast.walk(init) if isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute)
               and isinstance(c.func.value, ast.Name) and c.func.value.id == "self" and c.func.attr in methods}
    declared = _assigned_to_self([init] + [methods[h] for h in helpers])
    for part in PARTS:
        assert part in _assigned_to_self([init]), f"MainWindow.__init__ does not declare {part}"
        assert getattr(window, part) is not None
    attached = {name for name in vars(window) if not hasattr(MainWindow, name) and not name.startswith("__")} - declared
    assert not attached, f"attributes the constructor does not declare: {sorted(attached)}"


def test_no_ui_module_probes_for_optional_parts():
    for path in sorted(UI.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("hasattr", "getattr"):
                first = node.args[0] if node.args else None
                probed = isinstance(first, ast.Name) and first.id in ("self", "window", "w") or node.func.id == "hasattr"
                assert not probed, f"{path.name}:{node.lineno}: {node.func.id}({ast.unparse(first)}, ...)"
