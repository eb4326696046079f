"""The template language: what the check finds, what rendering makes, and that inserted
values stay plain text."""

from __future__ import annotations

import pytest

from reports.document import Bullets, Heading, Paragraph, Table
from reports.fields import example_context, field_list
from reports.templating import TemplateFailed, check_template, render

LETTER = """\
{# a comment for the beheerder #}
Onderwerp: Waarschuwing voor {{ betrokkene.naam }}

{{ geadresseerde.aanhef }},

Op {{ zaak.datum_voorval }} gebeurde het volgende:
{{ zaak.omschrijving }}

## Overtredingen
{% for o in overtredingen %}
- {{ o.titel }} (artikel {{ o.artikel }})
{% endfor %}

| Bestand | SHA-256 |
|------|------------|
{% for b in bewijs %}
| {{ b.bestandsnaam }} | {{ b.sha256 }} |
{% endfor %}

{% if hoorgesprek %}
Het hoorgesprek is op {{ hoorgesprek.datum }}.
{% endif %}

Met vriendelijke groet,
"""


def test_a_good_template_renders_to_blocks() -> None:
    assert check_template("brief.txt", LETTER) == []
    parsed = render("brief.txt", LETTER, example_context())
    assert parsed.subject == "Waarschuwing voor Ayşe Doğan"
    kinds = [type(block) for block in parsed.blocks]
    assert kinds == [Paragraph, Paragraph, Heading, Bullets, Table, Paragraph, Paragraph]
    table = parsed.blocks[4]
    assert isinstance(table, Table)
    assert table.header == ("Bestand", "SHA-256") and table.widths == (6.0, 12.0)
    assert len(table.rows) == 2


def test_inserted_values_never_become_markup() -> None:
    context = example_context()
    context["zaak"] = dict(context["zaak"], omschrijving="## geen kop\n- geen opsomming")
    context["bewijs"] = [dict(context["bewijs"][0], bestandsnaam="a | b.png")]
    context["betrokkene"] = dict(context["betrokkene"], naam="<b>Ayşe</b> & {{ x }}")
    parsed = render("brief.txt", LETTER, context)
    assert parsed.subject == "Waarschuwing voor <b>Ayşe</b> & {{ x }}"
    facts = parsed.blocks[1]
    assert isinstance(facts, Paragraph)
    assert facts.text.endswith("gebeurde het volgende: ## geen kop\n- geen opsomming")
    table = parsed.blocks[4]
    assert isinstance(table, Table) and table.rows[0][0] == "a | b.png"


def test_an_empty_optional_group_leaves_its_branch_out() -> None:
    context = example_context()
    context["hoorgesprek"] = None
    texts = [getattr(b, "text", "") for b in render("brief.txt", LETTER, context).blocks]
    assert not any("hoorgesprek" in text for text in texts)


@pytest.mark.parametrize(
    ("source", "line", "message"),
    [
        ("Onderwerp: x\n\n{{ zaak.nummr }}\n", 3, "onbekend veld 'zaak.nummr'"),
        ("Onderwerp: x\n{% if maatregel %}\n\n{{ maatregel.eind }}\n{% endif %}\n", 4,
         "onbekend veld 'maatregel.eind'"),  # also in a branch the examples never take
        ("Onderwerp: x\n{% for o in overtredingen %}{{ o.tekst }}{% endfor %}\n", 2,
         "onbekend veld 'o.tekst'"),
        ("Onderwerp: x\n{{ leerling }}\n", 2, "onbekend veld 'leerling'"),
        ("Onderwerp: x\n\n{% if zaak.nummer %}\nopen\n", 4, "ontbreekt er een"),
        ("Geen onderwerpregel\n", 1, "Onderwerp: …"),
        ("Onderwerp: {{ zaak.nummer.__class__ }}\n", 1, "unsafe"),
    ],
)  # fmt: skip
def test_mistakes_are_found_with_their_line(source: str, line: int, message: str) -> None:
    (problem,) = check_template("brief.txt", source)
    assert problem.line == line
    assert message in problem.message
    assert str(problem).startswith(f"brief.txt, regel {line}: ")


def test_a_value_missing_for_a_real_case_is_a_clear_error() -> None:
    context = example_context()
    context["hoorgesprek"] = None
    with pytest.raises(TemplateFailed, match=r"brief\.txt: een veld heeft voor deze zaak geen"):
        render("brief.txt", "Onderwerp: x\n\n{{ hoorgesprek.datum }}\n", context)


def test_the_field_list_names_every_sub_field() -> None:
    names = dict(field_list())
    assert "zaak.nummer" in names and "bewijs.sha256" in names
    assert all(description for description in names.values())
