"""The group's statutes sent along with an application describe the group, not the application."""

from __future__ import annotations

from parsers import merge_fields, parse_document


def test_statutes_attached_after_a_letter_do_not_override_it_nor_answer_for_it_unchecked() -> None:
    letter = parse_document((
        "Les Amis du Moulin\n12 rue Haute\n59380 Bergues\n\nMadame, Monsieur,\n\n"
        "Notre association Les Amis du Moulin vous présente son projet « Fête du moulin ».\n\n"
        "Cordialement,\nPaul Vanhee\n").encode(), "lettre.txt")
    statutes = parse_document((
        "Statuts de l'association Les Amis de Bergues\n\nArticle 1. Nom : Les Amis de Bergues\n"
        "Article 2. Siège social : 3 place du Marché, 59380 Bergues\nTéléphone : 03 28 11 22 33\n").encode(),
        "statuts.txt")
    assert statutes.fields and all(value.source == "quoted" and value.confidence < 0.8
                                   for value in statutes.fields.values())
    merged = merge_fields([letter, statutes])
    assert merged["organisation"].value == letter.fields["organisation"].value
    assert merged["address"].value == "12 rue Haute"
