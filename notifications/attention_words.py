"""The attention list, the history and who did what, in the coordinator's Dutch and French.

The stored summary of an attention item stays in English with its codes: it is what `intake attention`
and its JSON print (the contract). The console and the digest say the same from the item's kind and
detail in words, so a coordinator never reads `to_check`, `changed_values` or "confidence below 0.8".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from notifications.wording import money, problem_label
from parsers.field_table import field_word

KIND_LABELS = {
    "nl": {"before_call": "Van voor de oproep", "inquiry": "Vraag (brainstorm)",
           "possible_new_idea": "Misschien een nieuw idee", "changed_values": "Gewijzigde gegevens",
           "unclear": "Onduidelijk bericht", "withdrawal": "Intrekking?", "question": "Vraag van een aanvrager",
           "after_decision": "Mail na de beslissing",
           "to_check": "Na te kijken", "unreadable_document": "Onleesbaar document",
           "over_max_amount": "Boven het maximumbedrag", "outside_region": "Buiten het gebied",
           "late": "Te laat", "language": "Taal", "bounced": "Niet afgeleverd", "sent_on": "Doorgestuurd",
           "files_behind_link": "Bestanden achter een link",
           "failed_message": "Bericht niet verwerkt"},
    "fr": {"before_call": "Avant l'appel", "inquiry": "Question (brainstorming)",
           "possible_new_idea": "Peut-être une nouvelle idée", "changed_values": "Données modifiées",
           "unclear": "Message peu clair", "withdrawal": "Retrait ?", "question": "Question d'un candidat",
           "after_decision": "Courriel après la décision",
           "to_check": "À vérifier", "unreadable_document": "Document illisible",
           "over_max_amount": "Au-delà du montant maximum", "outside_region": "Hors territoire",
           "late": "En retard", "language": "Langue", "bounced": "Non distribué", "sent_on": "Transmis",
           "files_behind_link": "Fichiers derrière un lien",
           "failed_message": "Message non traité"},
}

# what each action does, shown with its button (the English of storage/attention.py is the CLI's)
ACTION_DOES = {
    "nl": {
        ("before_call", "answer"): "nu opnemen alsof het tijdens de oproep kwam (er vertrekt een "
                                   "ontvangstbevestiging of het brainstormaanbod)",
        ("before_call", "ignore"): "bewaren zonder antwoord",
        ("inquiry", "inquiry"): "antwoorden met het brainstormaanbod (één keer)",
        ("inquiry", "application"): "er toch een aanvraag van maken; de aanvrager krijgt een ontvangstbevestiging",
        ("inquiry", "ignore"): "geen antwoord en geen aanvraag",
        ("possible_new_idea", "split"): "een eigen aanvraag met een nieuwe referentie; de aanvrager krijgt een "
                                        "ontvangstbevestiging",
        ("possible_new_idea", "join"): "bij de aanvraag voegen; de aanvrager krijgt een bijgewerkte bevestiging",
        ("possible_new_idea", "ignore"): "bewaren, niet toevoegen en niet beantwoorden",
        ("changed_values", "accept"): "de nieuwe gegevens overnemen; de bijgewerkte bevestiging zegt wat veranderde",
        ("changed_values", "ignore"): "de gegevens houden zoals ze zijn; de mail blijft bij de aanvraag",
        ("question", "done"): "beantwoord (per mail, buiten intake)",
        ("after_decision", "done"): "gelezen; zo nodig per mail beantwoord (na een beslissing gaat er geen "
                                    "ontvangstbevestiging)",
        ("unclear", "application"): "als aanvraag opnemen; de aanvrager krijgt een ontvangstbevestiging",
        ("unclear", "inquiry"): "antwoorden met het brainstormaanbod; geen aanvraag",
        ("unclear", "ignore"): "bewaren zonder antwoord (niet over de oproep, of een automatisch antwoord)",
        ("withdrawal", "withdraw"): "de aanvraag op ingetrokken zetten",
        ("withdrawal", "ignore"): "de aanvraag laten zoals ze is",
        ("to_check", "done"): "de gegevens kloppen (verbeter er eerst een bij Gegevens als het moet)",
        ("unreadable_document", "done"): "zelf gelezen, of de aanvrager om een ander formaat gevraagd",
        ("sent_on", "done"): "genoteerd; schrijf de aanvrager zelf als die ook van ons moet horen",
        ("files_behind_link", "done"): "er valt niets (meer) toe te voegen; wat je downloadde voeg je toe met "
                                       "`intake add-files REF BESTAND...`, en dan sluit dit vanzelf",
        ("over_max_amount", "done"): "genoteerd; de aanvraag blijft in de running tot je beslist",
        ("over_max_amount", "reject"): "de aanvraag afwijzen",
        ("outside_region", "done"): "genoteerd; de aanvraag blijft in de running tot je beslist",
        ("outside_region", "reject"): "de aanvraag afwijzen",
        ("late", "done"): "genoteerd; de aanvraag blijft als te laat vermeld",
        ("late", "reject"): "de aanvraag afwijzen",
        ("language", "done"): "de taal klopt",
        ("bounced", "done"): "genoteerd (schrijf de aanvrager op een andere manier)",
        ("failed_message", "retry"): "het bewaarde bericht opnieuw verwerken",
        ("failed_message", "ignore"): "laten zoals het is",
    },
    "fr": {
        ("before_call", "answer"): "le prendre en compte maintenant comme s'il était arrivé pendant l'appel "
                                   "(un accusé de réception ou l'offre de brainstorming part)",
        ("before_call", "ignore"): "le conserver sans réponse",
        ("inquiry", "inquiry"): "répondre avec l'offre de brainstorming (une fois)",
        ("inquiry", "application"): "en faire une demande ; le candidat reçoit un accusé de réception",
        ("inquiry", "ignore"): "ni réponse ni demande",
        ("possible_new_idea", "split"): "une demande à part, avec une nouvelle référence ; le candidat reçoit "
                                        "un accusé de réception",
        ("possible_new_idea", "join"): "l'ajouter à la demande ; le candidat reçoit un accusé mis à jour",
        ("possible_new_idea", "ignore"): "le conserver, sans l'ajouter ni y répondre",
        ("changed_values", "accept"): "reprendre les nouvelles données ; l'accusé mis à jour dit ce qui a changé",
        ("changed_values", "ignore"): "garder les données telles quelles ; le courriel reste avec la demande",
        ("question", "done"): "répondu (par courriel, hors intake)",
        ("after_decision", "done"): "lu ; répondu par courriel si nécessaire (aucun accusé de réception après "
                                    "une décision)",
        ("unclear", "application"): "le prendre comme demande ; le candidat reçoit un accusé de réception",
        ("unclear", "inquiry"): "répondre avec l'offre de brainstorming ; pas de demande",
        ("unclear", "ignore"): "le conserver sans réponse (hors appel, ou réponse automatique)",
        ("withdrawal", "withdraw"): "mettre la demande au statut retirée",
        ("withdrawal", "ignore"): "laisser la demande telle quelle",
        ("to_check", "done"): "les données sont justes (corrigez-en une d'abord dans Données s'il le faut)",
        ("unreadable_document", "done"): "lu vous-même, ou un autre format demandé au candidat",
        ("sent_on", "done"): "noté ; écrivez vous-même au candidat s'il doit aussi avoir de nos nouvelles",
        ("files_behind_link", "done"): "rien (de plus) à joindre ; ce que vous avez téléchargé se joint avec "
                                       "`intake add-files REF FICHIER...`, et ceci se ferme tout seul",
        ("over_max_amount", "done"): "noté ; la demande reste en lice jusqu'à votre décision",
        ("over_max_amount", "reject"): "refuser la demande",
        ("outside_region", "done"): "noté ; la demande reste en lice jusqu'à votre décision",
        ("outside_region", "reject"): "refuser la demande",
        ("late", "done"): "noté ; la demande reste marquée en retard",
        ("late", "reject"): "refuser la demande",
        ("language", "done"): "la langue est la bonne",
        ("bounced", "done"): "noté (écrivez au candidat autrement)",
        ("failed_message", "retry"): "traiter à nouveau le message conservé",
        ("failed_message", "ignore"): "le laisser tel quel",
    },
}

_SUMMARIES = {
    "nl": {
        "before_call": "kwam binnen vóór de opening van de oproep; bewaard, niet beantwoord, geen aanvraag",
        "inquiry_answered": "een vraag, beantwoord met het brainstormaanbod",
        "inquiry": "misschien een vraag; niet beantwoord",
        "possible_new_idea": "misschien een nieuw idee, misschien meer voor de aanvraag; niet toegevoegd, "
                             "niet beantwoord",
        "sent_again": "lijkt op {reference}{about} (hetzelfde gegeven: {field}: {value}), maar komt van een ander "
                      "adres; niet toegevoegd, niet beantwoord: dezelfde aanvraag opnieuw verstuurd (toevoegen) of "
                      "een andere (eigen aanvraag)?",
        "sent_again_differs": " Andere gegevens dan in het dossier: {changes}; toevoegen neemt ze over.",
        "changed_values": "een antwoord noemt andere gegevens ({changes}); niets overgenomen, niets bevestigd",
        "unclear": "niet zeker wat dit is; niet beantwoord, geen aanvraag",
        "withdrawal": "de aanvrager wil de aanvraag misschien intrekken; de status is niet gewijzigd",
        "question": "de aanvrager stelt een vraag; beantwoord ze per mail",
        "after_decision": "een nieuwe mail van de aanvrager na de beslissing; er ging geen ontvangstbevestiging, "
                          "lees ze en antwoord per mail als het moet",
        "to_check": "onzeker gelezen, nakijken: {fields}",
        "unreadable_document": "een document kon niet gelezen worden (een scan, een onbekend formaat, te groot "
                               "of beschadigd)",
        "sent_on": "{sender} stuurde de mail van de aanvrager ({applicant}) door; de ontvangstbevestiging ging "
                   "naar {sender}, niet naar de aanvrager",
        "files_behind_link": "de bestanden staan achter een link ({services}): download ze en voeg ze toe: {links}",
        "over_max_amount": "vraagt meer dan het maximum van de oproep",
        "outside_region": "ligt niet in het gebied van de oproep",
        "late": "kwam binnen na de deadline",
        "language": "in het Engels geschreven; de ontvangstbevestiging ging in het Nederlands en het Frans",
        "bounced": "een mail van ons kwam niet aan",
        "failed_message": "een bericht kon niet verwerkt worden",
        "from": "van {sender}",
    },
    "fr": {
        "before_call": "arrivé avant l'ouverture de l'appel ; conservé, sans réponse, pas de demande",
        "inquiry_answered": "une question, à laquelle l'offre de brainstorming a répondu",
        "inquiry": "peut-être une question ; sans réponse",
        "possible_new_idea": "peut-être une nouvelle idée, peut-être un complément à la demande ; ni ajouté, "
                             "ni répondu",
        "sent_again": "ressemble à {reference}{about} (même donnée : {field} : {value}), mais vient d'une autre "
                      "adresse ; ni ajouté, ni répondu : la même demande renvoyée (l'ajouter) ou une autre (une "
                      "demande à part) ?",
        "sent_again_differs": " D'autres données que dans le dossier : {changes} ; l'ajouter les reprend.",
        "changed_values": "une réponse donne d'autres données ({changes}) ; rien n'a été repris ni confirmé",
        "unclear": "nature incertaine ; sans réponse, pas de demande",
        "withdrawal": "le candidat veut peut-être retirer sa demande ; le statut n'a pas changé",
        "question": "le candidat pose une question ; répondez-y par courriel",
        "after_decision": "un nouveau courriel du candidat après la décision ; aucun accusé de réception n'est "
                          "parti, lisez-le et répondez par courriel si nécessaire",
        "to_check": "lecture incertaine, à vérifier : {fields}",
        "unreadable_document": "un document n'a pas pu être lu (un scan, un format inconnu, trop volumineux "
                               "ou endommagé)",
        "sent_on": "{sender} a transmis le courriel du candidat ({applicant}) ; l'accusé de réception est parti "
                   "à {sender}, pas au candidat",
        "files_behind_link": "les fichiers sont derrière un lien ({services}) : téléchargez-les et joignez-les : "
                             "{links}",
        "over_max_amount": "demande plus que le maximum de l'appel",
        "outside_region": "ne se trouve pas dans le territoire de l'appel",
        "late": "arrivée après la date limite",
        "language": "écrite en anglais ; l'accusé de réception est parti en néerlandais et en français",
        "bounced": "un de nos courriels n'est pas arrivé",
        "failed_message": "un message n'a pas pu être traité",
        "from": "de {sender}",
    },
}

MONEY_FIELDS = ("requested_amount", "total_budget")


def kind_label(kind: str, language: str) -> str:
    """An attention kind in words ('Na te kijken'); an unknown kind as it is."""
    return KIND_LABELS[language].get(kind, kind.replace("_", " "))


def action_does(kind: str, action: str, language: str, fallback: str = "") -> str:
    return ACTION_DOES[language].get((kind, action), fallback)


def _value(name: str, value: object, language: str) -> str:
    if value in (None, ""):
        return "—"
    return money(value, language) if name in MONEY_FIELDS else str(value)


def _colon(language: str) -> str:
    """French sets a space before its colon: "titre du projet : X"."""
    return " :" if language == "fr" else ":"


def _change(change: Mapping[str, Any], language: str) -> str:
    name = str(change.get("field", ""))
    old, new = _value(name, change.get("old"), language), _value(name, change.get("new"), language)
    return f"{field_word(name, language)}{_colon(language)} {old} → {new}"


def _fields(names: Sequence[str], language: str) -> str:
    return ", ".join(field_word(name, language) for name in names)


def attention_summary(kind: str, detail: Mapping[str, Any], language: str, fallback: str = "") -> str:
    """What an attention item is about, in words, from its kind and stored detail (never its English summary)."""
    words = _SUMMARIES[language]
    if kind == "to_check":
        return words["to_check"].format(fields=_fields(detail.get("fields") or [], language))
    if kind == "files_behind_link":
        return words["files_behind_link"].format(services=", ".join(detail.get("services") or ()) or "—",
                                                 links=" ".join(detail.get("links") or ()) or "—")
    if kind == "sent_on":
        return words["sent_on"].format(sender=detail.get("sender") or "—", applicant=detail.get("applicant") or "—")
    if kind == "changed_values":
        changes = "; ".join(_change(change, language) for change in detail.get("changes") or [])
        return words["changed_values"].format(changes=changes or "—")
    if kind == "possible_new_idea" and detail.get("resembles"):
        # which file it resembles, by its title and sender: a reference alone sends the coordinator looking
        on_file = ", ".join(part for part in (f"“{detail['resembles_title']}”" if detail.get("resembles_title")
                                              else "", detail.get("resembles_sender") or "") if part)
        alike = str(detail.get("alike") or "")
        field, value = field_word(alike, language), _value(alike, detail.get("alike_value"), language)
        if detail.get("alike_name"):
            # the same name asking the same amount: both are the likeness, the name first
            field = f"{field_word('contact_name', language)} + {field}"
            value = f"{detail['alike_name']}, {value}"
        text = words["sent_again"].format(reference=detail["resembles"], value=value, field=field,
                                          about=f" ({on_file})" if on_file else "")
        if differs := detail.get("differs"):
            text += words["sent_again_differs"].format(
                changes="; ".join(_change(change, language) for change in differs))
    elif kind == "inquiry":
        text = words["inquiry_answered"] if detail.get("answered") else words["inquiry"]
    elif kind in words:
        text = words[kind]
    else:
        return fallback or kind
    sender = detail.get("from")
    subject = detail.get("subject")
    about = ", ".join(part for part in (words["from"].format(sender=sender) if sender else "",
                                        f"“{subject}”" if subject else "") if part)
    return f"{about}{_colon(language)} {text}" if about else text


def problem_labels(codes: Sequence[str], language: str) -> str:
    return ", ".join(problem_label(code, language) for code in codes)


ACTORS = {
    "nl": {"applicant": "de aanvrager", "worker": "intake (automatisch)", "coordinator": "de coördinator",
           "cli": "de coördinator (opdrachtregel)"},
    "fr": {"applicant": "le candidat", "worker": "intake (automatique)", "coordinator": "le coordinateur",
           "cli": "le coordinateur (ligne de commande)"},
}


def actor_words(by: str | None, language: str) -> str:
    """Who did something, as the coordinator reads it: a console account by its address, the command line as
    "de coördinator", the applicant and the worker in words; never a server's login name such as 'root'."""
    if not by:
        return ""
    if "@" in by:
        return by
    if by in ("applicant", "coordinator"):
        return ACTORS[language][by]
    if by.startswith("worker"):
        return ACTORS[language]["worker"]
    return ACTORS[language]["cli"]  # the OS user who ran an `intake` command on the server
