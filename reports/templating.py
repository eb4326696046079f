"""Letter templates: Jinja2 in a sandbox, checked before any letter is printed.

A beheerder edits these files, so they run in Jinja's immutable sandbox with strict
undefined values, and ``check_template`` finds every mistake up front: a syntax error, a
field that does not exist (also inside an ``{% if %}`` branch the examples never take),
a template that fails on the example data, or one without a subject line. Each problem
names the template and the line.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from casemanager.texts import tr
from reports.fields import FIELDS, Group, ListOf, example_context
from reports.markup import TEMPLATE_SUFFIX, MarkupError, ParsedText, parse, wrap_value

LOOP_FIELDS = {"index", "index0", "first", "last", "length", "revindex", "revindex0"}


@dataclass(frozen=True)
class TemplateProblem:
    template: str  # file name, e.g. "waarschuwing.txt"
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.template}, regel {self.line}" if self.line else self.template
        return f"{where}: {self.message}"


class TemplateFailed(ValueError):
    """Rendering a template for a real letter failed; the message says where and why."""


@lru_cache(maxsize=1)
def environment() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(
        undefined=jinja2.StrictUndefined,
        finalize=wrap_value,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render(name: str, source: str, context: Mapping[str, Any]) -> ParsedText:
    """Render one template for a real letter; any failure becomes ``TemplateFailed``."""
    try:
        return parse(_compiled(source).render(context))
    except jinja2.TemplateSyntaxError as error:
        raise TemplateFailed(
            tr(
                "{template}, regel {line}: {problem}",
                template=name,
                line=error.lineno,
                problem=_syntax(error),
            )
            if error.lineno
            else tr("{template}: {problem}", template=name, problem=_syntax(error))
        ) from error
    except jinja2.UndefinedError as error:
        raise TemplateFailed(
            tr(
                "{template}: een veld heeft voor deze zaak geen waarde ({detail}). Controleer de "
                "sjabloon met 'casemanager policy check'.",
                template=name,
                detail=str(error.message),
            )
        ) from error
    except MarkupError as error:
        raise TemplateFailed(
            tr("{template}: {problem}", template=name, problem=error.args[0])
        ) from error
    except (jinja2.TemplateError, TypeError, ValueError) as error:
        raise TemplateFailed(
            tr(
                "{template}: de sjabloon kon niet worden gevuld ({detail}).",
                template=name,
                detail=str(error),
            )
        ) from error


@lru_cache(maxsize=64)
def _compiled(source: str) -> jinja2.Template:
    """Compiling costs ~10 ms; a school's edited template is new source, so a new entry."""
    return environment().from_string(source)


def check_template(name: str, source: str) -> list[TemplateProblem]:
    env = environment()
    try:
        tree = env.parse(source)
    except jinja2.TemplateSyntaxError as error:
        return [TemplateProblem(name, error.lineno, _syntax(error))]
    problems = [TemplateProblem(name, line, message) for line, message in _unknown_fields(tree)]
    if problems:
        return problems
    try:
        parse(env.from_string(source).render(example_context()))
    except MarkupError as error:
        return [TemplateProblem(name, 1, str(error))]
    except jinja2.TemplateError as error:
        line = getattr(error, "lineno", None) or _template_line(error)
        return [TemplateProblem(name, line, f"de sjabloon faalt met de voorbeeldgegevens: {error}")]
    except (TypeError, ValueError, ArithmeticError) as error:
        message = f"de sjabloon faalt met de voorbeeldgegevens: {error}"
        return [TemplateProblem(name, _template_line(error), message)]
    return []


def check_folder(folder: Path, letter_types: Mapping[str, str]) -> list[TemplateProblem]:
    """Every letter type of the policy needs a valid template in ``folder``."""
    problems: list[TemplateProblem] = []
    for code in letter_types:
        path = folder / f"{code}{TEMPLATE_SUFFIX}"
        if not path.is_file():
            problems.append(
                TemplateProblem(path.name, None, f"de sjabloon voor briefsoort '{code}' ontbreekt")
            )
            continue
        try:
            source = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            problems.append(TemplateProblem(path.name, None, "het bestand is geen UTF-8-tekst"))
            continue
        problems += check_template(path.name, source)
    return problems


def _template_line(error: BaseException) -> int | None:
    """Jinja puts the template's own lines into the traceback as frames of "<template>"."""
    lines = [
        f.lineno for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"
    ]
    return lines[-1] if lines else None


# Jinja's most common complaints, in the words a beheerder can act on
SYNTAX_MESSAGES = (
    (r"Unexpected end of template.*", "de sjabloon houdt op terwijl een blok nog open staat; "
     "ontbreekt er een {% endif %} of {% endfor %}?"),
    (r"Encountered unknown tag '(\w+)'.*", r"onbekende opdracht '{% \1 %}'; "
     "gebruik if, elif, else, endif, for, endfor of set"),
    (r"unexpected '(.+)'", r"onverwacht teken '\1'; controleer de {{ }} en {% %} op deze regel"),
    (r"unexpected end of template.*", "de sjabloon houdt op midden in een {{ }} of {% %}"),
)  # fmt: skip


def _syntax(error: jinja2.TemplateSyntaxError) -> str:
    message = error.message or ""
    for pattern, dutch in SYNTAX_MESSAGES:
        if re.fullmatch(pattern, message, flags=re.DOTALL):
            message = re.sub(pattern, dutch, message, flags=re.DOTALL)
            break
    return f"fout in de opmaak van de sjabloon: {message}"


# --- the field check: walk the template's syntax tree -------------------------------------

_ANY = object()  # a name bound by {% set %} or a macro: not checked further


def _unknown_fields(tree: nodes.Template) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    _walk(tree, dict(FIELDS), found)
    return sorted(set(found))


def _walk(node: nodes.Node, scope: dict[str, Any], found: list[tuple[int, str]]) -> None:
    if isinstance(node, nodes.For):
        _walk(node.iter, scope, found)
        inner = dict(scope)
        item = _spec_of(node.iter, scope, found)
        for target in _names(node.target):
            inner[target.name] = Group("", item.fields) if isinstance(item, ListOf) else _ANY
        inner["loop"] = _ANY
        for child in node.body:
            _walk(child, inner, found)
        if node.test is not None:
            _walk(node.test, inner, found)
        for child in node.else_:
            _walk(child, scope, found)
        return
    if isinstance(node, nodes.Assign | nodes.AssignBlock):
        for target in _names(node.target):
            scope[target.name] = _ANY
    if isinstance(node, nodes.Macro | nodes.CallBlock):
        inner = dict(scope)
        for arg in getattr(node, "args", []):
            inner[arg.name] = _ANY
        inner.update(caller=_ANY, varargs=_ANY, kwargs=_ANY)
        for child in node.body:
            _walk(child, inner, found)
        if isinstance(node, nodes.Macro):
            scope[node.name] = _ANY
        return
    if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem):
        _spec_of(node, scope, found)
        if isinstance(node, nodes.Getitem):
            _walk(node.arg, scope, found)
        return
    for child in node.iter_child_nodes():
        _walk(child, scope, found)


def _spec_of(node: nodes.Node, scope: dict[str, Any], found: list[tuple[int, str]]) -> Any:
    """The field spec an expression refers to, reporting unknown names on the way."""
    if isinstance(node, nodes.Name):
        if node.name in scope:
            return scope[node.name]
        found.append((node.lineno, f"onbekend veld '{node.name}'"))
        return _ANY
    if isinstance(node, nodes.Getattr | nodes.Getitem):
        base = _spec_of(node.node, scope, found)
        key = node.attr if isinstance(node, nodes.Getattr) else _const_key(node.arg)
        if key is None or not isinstance(base, Group):
            return _ANY
        if isinstance(base, Group) and key in base.fields:
            return base.fields[key]
        if key in LOOP_FIELDS and base is _ANY:
            return _ANY
        found.append((node.lineno, f"onbekend veld '{_path(node)}'"))
        return _ANY
    _walk(node, scope, found)
    return _ANY


def _names(target: nodes.Node) -> list[nodes.Name]:
    if isinstance(target, nodes.Name):
        return [target]
    return list(target.find_all(nodes.Name))


def _const_key(node: nodes.Node) -> str | None:
    return node.value if isinstance(node, nodes.Const) and isinstance(node.value, str) else None


def _path(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_path(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        return f"{_path(node.node)}.{_const_key(node.arg) or '?'}"
    return "?"
