"""The query language people type, turned into an SQLite FTS5 expression.

    guarantees sanctions          both words (in any order), by their stems:
                                  "sanction" finds "sanctions"
    guarantees AND sanctions      the same (AND is the default)
    "serious differences"         the exact phrase, words as written
    ceasefire OR truce            either
    sanctions -oil                sanctions, but not oil
    negotiat*                     negotiate, negotiation, negotiators...
    (oil OR gas) -sanctions       parentheses group

``OR`` must be written in capitals (a lower-case "or" is a word); ``AND``
and ``NOT`` are accepted as spelled-out forms of the default and of ``-``.
Every word is folded (``fold.fold``) exactly as the indexed text was, and
is passed to FTS5 inside double quotes, so nothing typed can reach FTS5's
own syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jcpoa_tracker.search.fold import fold, words
from jcpoa_tracker.search.index import EXACT_COLUMNS, STEMMED_COLUMNS
from jcpoa_tracker.search.stem import stem

__all__ = ["All", "Any", "Not", "Query", "QuerySyntaxError", "Term", "parse_query"]


# Deeper nesting is no real query, and would exhaust Python's stack.
MAX_DEPTH = 50


class QuerySyntaxError(ValueError):
    """The query cannot be read; the message says why and how to write it."""


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a phrase (its folded words in order); ``prefix`` when it
    ended with ``*``, matching any word that starts with the last one.
    ``exact`` for a "quoted phrase" and a prefix: they match the words as
    written; other words match by their stem (``sanction`` finds
    "sanctions")."""

    tokens: tuple[str, ...]
    prefix: bool = False
    exact: bool = False

    @property
    def stemmed(self) -> bool:
        return not (self.exact or self.prefix)

    def fts(self) -> str:
        if self.stemmed:
            columns, tokens = STEMMED_COLUMNS, tuple(stem(token) for token in self.tokens)
        else:
            columns, tokens = EXACT_COLUMNS, self.tokens
        phrase = '"' + " ".join(tokens) + '"' + ("*" if self.prefix else "")
        return "{" + " ".join(columns) + "} : " + phrase


@dataclass(frozen=True, slots=True)
class Not:
    """A query that excludes what ``node`` finds."""

    node: Node


@dataclass(frozen=True, slots=True)
class All:
    """A query that needs every one of ``nodes``."""

    nodes: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Any:
    """A query that needs one of ``nodes``."""

    nodes: tuple[Node, ...]


Node = Term | Not | All | Any


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: ``match`` is the FTS5 expression of what must match
    (None when the query only excludes), ``exclude`` the expression of what
    must not, at the top level; ``terms`` are the wanted terms, for
    highlighting."""

    match: str | None
    exclude: str | None
    terms: tuple[Term, ...]
    # the FTS5 expression of what the query wants (its phrases, AND and OR),
    # less its exclusions (``ranked_exclusions``): its phrases' scores alone
    # rank the matches (search/ranked.py); None when exclusions are nested
    ranked: str | None = None
    ranked_exclusions: str | None = None

    @property
    def phrases(self) -> tuple[str, ...]:
        """The FTS5 expressions of the wanted phrases, in FTS5's order."""
        return tuple(term.fts() for term in self.terms)


# A '-' stuck to what follows (an exclusion), a phrase (possibly
# unterminated), a parenthesis, or a run of other text.
_TOKEN = re.compile(r'(?P<exclude>-(?=[^\s-]))|"[^"]*"?\*?|[()]|[^\s"()]+')


def parse_query(text: str) -> Query:
    """Parse ``text``; raises QuerySyntaxError with a readable message."""
    parser = _Parser(_lex(text))
    node = parser.expression()
    if parser.peek() == ")":
        raise QuerySyntaxError("unbalanced ')': remove it or add the matching '('")
    if node is None:
        raise QuerySyntaxError("nothing to search for: type at least one word")
    return _compile_top(node)


def _lex(text: str) -> list[str]:
    """Tokens; an attached '-' becomes 'NOT', which means the same."""
    return ["NOT" if m.group("exclude") else m.group() for m in _TOKEN.finditer(text)]


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0
        self.depth = 0  # parentheses and NOTs open around the current token

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def expression(self) -> Node | None:
        if self.peek() == "OR":
            raise QuerySyntaxError("OR needs a word on each side, like 'ceasefire OR truce'")
        alternatives = [self.conjunction()]
        while self.peek() == "OR":
            self.take()
            if self.peek() in (None, ")", "OR"):
                raise QuerySyntaxError("OR needs a word on each side, like 'ceasefire OR truce'")
            alternatives.append(self.conjunction())
        present = [node for node in alternatives if node is not None]
        if len(alternatives) > 1 and len(present) < len(alternatives):
            # A side made only of punctuation: 'OR' would silently mean AND.
            raise QuerySyntaxError("OR needs a word on each side, like 'ceasefire OR truce'")
        if not present:
            return None
        return present[0] if len(present) == 1 else Any(tuple(present))

    def conjunction(self) -> Node | None:
        nodes: list[Node] = []
        while self.peek() not in (None, ")", "OR"):
            node = self.unary()
            if node is not None:
                nodes.append(node)
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else All(tuple(nodes))

    def unary(self) -> Node | None:
        self.depth += 1
        try:
            return self._unary()
        finally:
            self.depth -= 1

    def _unary(self) -> Node | None:
        token = self.peek()
        assert token is not None
        if self.depth > MAX_DEPTH and token in ("(", "NOT"):
            raise QuerySyntaxError(
                f"more than {MAX_DEPTH} nested parentheses or NOTs: simplify the query"
            )
        if token == "AND":
            self.take()
            return None
        if token == "NOT":
            self.take()
            if self.peek() in (None, ")", "OR", "AND", "NOT"):
                raise QuerySyntaxError(
                    "'-' or NOT must be followed by the word to exclude, like 'sanctions -oil'"
                )
            node = self.unary()
            return None if node is None else Not(node)
        if token == "(":
            self.take()
            node = self.expression()
            if self.peek() != ")":
                raise QuerySyntaxError("unbalanced '(': add the matching ')'")
            self.take()
            if node is None:
                raise QuerySyntaxError("empty parentheses: put words inside them or remove them")
            return node
        if token == ")":  # pragma: no cover - conjunction() stops before ')'
            raise QuerySyntaxError("unbalanced ')'")
        return _term(self.take())


def _term(token: str) -> Term | None:
    """A word or "phrase" as a Term; None for punctuation-only input."""
    if token.startswith('"'):
        prefix = token.endswith('"*') and len(token) > 2
        body = token[1:-2] if prefix else token[1:]
        if not body.endswith('"') and not prefix:
            raise QuerySyntaxError(f"unterminated phrase {token}: close it with '\"'")
        body = body if prefix else body[:-1]
    else:
        prefix = token.endswith("*")
        body = token.rstrip("*") if prefix else token
        if "*" in body:
            raise QuerySyntaxError(f"'{token}': '*' can only end a word, as in 'negotiat*'")
        if prefix and not body:
            raise QuerySyntaxError("'*' alone matches nothing: write the start of a word first")
    tokens = tuple(word for _, _, word in words(fold(body)))
    if not tokens:
        if token.startswith('"'):
            raise QuerySyntaxError(f"the phrase {token} has no words in it")
        return None
    return Term(tokens, prefix, exact=token.startswith('"'))


def _compile(node: Node) -> str:
    if isinstance(node, Term):
        return node.fts()
    if isinstance(node, Any):
        return " OR ".join(f"({_compile(child)})" for child in node.nodes)
    if isinstance(node, All):
        wanted = [child for child in node.nodes if not isinstance(child, Not)]
        unwanted = [child.node for child in node.nodes if isinstance(child, Not)]
        if not wanted:
            raise QuerySyntaxError(
                "a group made only of exclusions matches nothing by itself: "
                "add a word to exclude from, like '(sanctions -oil)'"
            )
        expression = " AND ".join(f"({_compile(child)})" for child in wanted)
        if unwanted:
            expression = f"({expression}) NOT ({' OR '.join(_compile(n) for n in unwanted)})"
        return expression
    raise QuerySyntaxError(
        "an exclusion needs a word to exclude from, like 'sanctions -oil'"
    )  # a Not inside OR


def _compile_top(node: Node) -> Query:
    """At the top level a query of exclusions alone is allowed (every quote
    that the filters select, except these)."""
    parts = node.nodes if isinstance(node, All) else (node,)
    if all(isinstance(part, Not) for part in parts):
        unwanted = [part.node for part in parts if isinstance(part, Not)]
        exclude = " OR ".join(f"({_compile(n)})" for n in unwanted)
        return Query(None, exclude, ())
    match, terms = _compile(node), tuple(_wanted_terms(node))
    wanted = [part for part in parts if not isinstance(part, Not)]
    if any(_excludes(part) for part in wanted):
        return Query(match, None, terms)  # (their phrases would count in the score)
    unwanted = [part.node for part in parts if isinstance(part, Not)]
    exclusions = " OR ".join(f"({_compile(n)})" for n in unwanted) or None
    positive = _compile(wanted[0] if len(wanted) == 1 else All(tuple(wanted)))
    return Query(match, None, terms, positive, exclusions)


def _excludes(node: Node) -> bool:
    """Whether ``node`` has an exclusion in it."""
    if isinstance(node, Not):
        return True
    if isinstance(node, Term):
        return False
    return any(_excludes(child) for child in node.nodes)


def _wanted_terms(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    if isinstance(node, Not):
        return []
    return [term for child in node.nodes for term in _wanted_terms(child)]
