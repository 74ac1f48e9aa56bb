"""The console's own words in Dutch and French, and how a request's language is chosen.

Only the console's words live here (menus, buttons, headings). Field names, statuses, problems and
document states come from ``notifications.wording``, the one place every layer reads them from.
"""

from __future__ import annotations

LANGUAGES = ("nl", "fr")
DEFAULT = "nl"

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "letter": "Beslissingsbrief", "letter_draft": "Brief opstellen", "letter_text": "Tekst",
        "letter_approve": "Goedkeuren", "letter_send": "In de outbox zetten",
        "letter_state_draft": "ontwerp", "letter_state_approved": "goedgekeurd",
        "letter_correction": "rechtzetting", "letter_sent_on": "Verstuurd {when}",
        "letter_hint": "Een gewijzigde brief moet opnieuw goedgekeurd worden. Alleen een goedgekeurde brief vertrekt, "
                       "één keer; de notitie bij de beslissing staat er nooit in.",
        "letter_drafted": "Brief opgesteld: lees hem na.", "letter_saved": "Brief opgeslagen.",
        "letter_approved": "Brief goedgekeurd.",
        "letter_queued": "Brief staat in de outbox en vertrekt bij de volgende ronde.",
        "app": "Aanvragen", "desk": "Overzicht", "applications": "Aanvragen", "messages": "Berichten",
        "outbox": "Verzonden mail", "logout": "Afmelden", "login": "Aanmelden", "email": "E-mailadres",
        "password": "Wachtwoord", "login_failed": "Dit e-mailadres en wachtwoord horen niet bij elkaar.",
        "too_many": "Te veel mislukte pogingen. Probeer het over een kwartier opnieuw.",
        "skip": "Naar de inhoud", "signed_in_as": "Aangemeld als", "role_coordinator": "coördinator",
        "role_reviewer": "jurylid (alleen lezen)", "times_note": "Tijden in Brusselse tijd (Europe/Brussels).",
        "days_left": "Nog {n} dagen tot de deadline", "deadline_today": "Vandaag is de deadline",
        "deadline_passed": "De deadline is voorbij", "deadline": "Deadline", "by_status": "Per status",
        "requested_vs_pot": "Gevraagd tegenover de pot", "requested_all": "Alle aanvragen",
        "requested_in_race": "Nog in de running", "requested_selected": "Geselecteerd", "pot": "Pot",
        "attention": "Vraagt aandacht", "nothing_attention": "Niets dat nu aandacht vraagt.",
        "decide": "Te beslissen", "nothing_decide": "Niets te beslissen.", "decided": "Afgehandeld",
        "do_answer": "Toch beantwoorden", "do_ignore": "Negeren", "do_inquiry": "Brainstorm aanbieden",
        "do_application": "Aanvraag maken", "do_split": "Eigen aanvraag", "do_join": "Bij het dossier voegen",
        "do_accept": "Wijziging overnemen", "do_withdraw": "Ingetrokken", "do_done": "Gedaan",
        "do_reject": "Afwijzen", "do_retry": "Opnieuw verwerken",
        "incidents": "Storingen", "incident_since": "onbereikbaar sinds",
        "att_failed_message": "Bericht kon niet verwerkt worden",
        "select_doubts": "Niet geselecteerd: dit spreekt (nog) tegen een selectie. Kijk het na, of selecteer toch.",
        "select_anyway": "Toch selecteren",
        "failed_kept": "niet verwerkt, wel bewaard; opnieuw proberen of laten staan in de aandachtslijst hierboven",
        "technical": "technisch",
        "att_outbox": "Uitgaande mail niet aangekomen", "att_problem": "Probleem",
        "att_incomplete": "Onvolledig", "att_to_check": "Na te kijken (onzeker gelezen)",
        "exports": "Exporteren", "export_xlsx": "Excel (.xlsx)", "export_csv_be": "CSV voor Excel",
        "export_csv": "CSV voor scripts", "export_jsonl": "JSON lines",
        "reference": "Referentie", "received": "Ontvangen", "status": "Status", "municipality": "Gemeente",
        "title": "Titel", "requested": "Gevraagd", "problems": "Problemen", "missing": "Ontbreekt",
        "to_check": "Na te kijken", "language": "Taal", "search": "Zoeken", "filter": "Toon",
        "all": "alle", "any_problem": "met een probleem of onvolledig", "only_to_check": "alleen na te kijken",
        "count_shown": "{shown} van {total} aanvragen",
        "rows_shown": "hier {first} tot {last} (pagina {page} van {pages})", "pages": "Pagina's",
        "previous": "← vorige", "next": "volgende →", "no_applications": "Geen aanvragen gevonden.",
        "sort_by": "Sorteer op", "fields": "Gegevens", "source": "Bron", "confidence": "Zekerheid",
        "low_confidence": "onzeker: nakijken", "corrected_by": "verbeterd", "save": "Opslaan",
        "decision": "Beslissing", "status_auto": "volgens de regels ({status})", "note": "Notitie (waarom)",
        "saved": "Opgeslagen.", "nothing_changed": "Niets gewijzigd.",
        "not_saved": "Niet opgeslagen: verbeter wat hieronder rood staat.",
        "documents": "Documenten", "document": "Document", "open_new_tab": "Openen in een nieuw tabblad",
        "download": "Downloaden", "no_preview": "Dit bestand kan niet in de pagina getoond worden.",
        "packed_files": "Dit bestand bevat deze bestanden (elk te downloaden):",
        "not_taken_out": "niet uitgepakt",
        "links_in_mail": "Links naar gedeelde bestanden (niet gevolgd; download ze en voeg ze toe met "
                         "intake add-files)",
        "email_text": "Tekst van de e-mail", "thread": "Berichten", "sent_mail": "Verzonden mail",
        "history": "Geschiedenis", "on_time": "op tijd", "late": "te laat", "channel_email": "per e-mail",
        "channel_post": "per post", "from": "Van", "subject": "Onderwerp", "what_became": "Werd",
        "state": "Toestand", "to": "Aan", "kind": "Soort", "error": "Fout", "retry": "Opnieuw versturen",
        "retry_queued": "Opnieuw in de wachtrij: de worker verstuurt ze bij de volgende ronde.",
        "forbidden": "Dat mag dit account niet.", "csrf": "Het formulier was verlopen. Laad de pagina opnieuw.",
        "not_found": "Niet gevonden.", "reviewer_note": "Als jurylid lees je mee; wijzigen kan niet.",
        "contact_hidden": "Contactgegevens zijn verborgen voor juryleden.", "sender": "Afzender",
        "none": "geen", "value": "Waarde", "by": "door", "at": "op", "field": "Veld",
        "budget_hint": "omschrijving: bedrag; omschrijving: bedrag", "application": "Aanvraag",
        "to_field_form": "Naar de gegevens", "message": "bericht", "attempts": "pogingen",
        "history_created": "aangemaakt", "history_judged": "beoordeeld", "history_corrected": "verbeterd",
        "history_status_set": "beslissing", "history_fields_updated": "gegevens gelezen",
        "history_message_joined": "bericht toegevoegd", "history_registered_postal": "per post ingeschreven",
        "amounts_unknown_one": "1 aanvraag zonder bedrag: onbekend, niet meegeteld.",
        "amounts_unknown_many": "{n} aanvragen zonder bedrag: onbekend, niet meegeteld.",
        "history_attention_resolved": "afgehandeld", "history_attention_reopened": "opnieuw te bekijken",
        "history_change_ignored": "wijziging niet overgenomen",
        "history_split": "afgesplitst", "history_split_from": "afgesplitst van", "history_merged": "samengevoegd met",
        "linked_reference": "via de referentie", "linked_thread": "antwoord in de mailwisseling",
        "linked_sender": "zelfde afzender",
        "history_anonymised": "geanonimiseerd", "language_name": "Nederlands", "other_language": "Français",
    },
    "fr": {
        "letter": "Lettre de décision", "letter_draft": "Rédiger la lettre", "letter_text": "Texte",
        "letter_approve": "Approuver", "letter_send": "Mettre dans la boîte d'envoi",
        "letter_state_draft": "brouillon", "letter_state_approved": "approuvée",
        "letter_correction": "rectification", "letter_sent_on": "Envoyée {when}",
        "letter_hint": "Une lettre modifiée doit être approuvée à nouveau. Seule une lettre approuvée part, une seule "
                       "fois ; la note de la décision n'y figure jamais.",
        "letter_drafted": "Lettre rédigée : relisez-la.", "letter_saved": "Lettre enregistrée.",
        "letter_approved": "Lettre approuvée.",
        "letter_queued": "La lettre est dans la boîte d'envoi et part au prochain passage.",
        "app": "Demandes", "desk": "Tableau de bord", "applications": "Demandes", "messages": "Messages",
        "outbox": "Courriels envoyés", "logout": "Se déconnecter", "login": "Se connecter", "email": "Adresse e-mail",
        "password": "Mot de passe", "login_failed": "Cette adresse e-mail et ce mot de passe ne vont pas ensemble.",
        "too_many": "Trop de tentatives manquées. Réessayez dans un quart d'heure.",
        "skip": "Aller au contenu", "signed_in_as": "Connecté en tant que", "role_coordinator": "coordinateur",
        "role_reviewer": "membre du jury (lecture seule)",
        "times_note": "Heures de Bruxelles (Europe/Brussels).",
        "days_left": "Encore {n} jours avant la date limite", "deadline_today": "La date limite est aujourd'hui",
        "deadline_passed": "La date limite est passée", "deadline": "Date limite", "by_status": "Par statut",
        "requested_vs_pot": "Montants demandés et enveloppe", "requested_all": "Toutes les demandes",
        "requested_in_race": "Encore en lice", "requested_selected": "Sélectionnées", "pot": "Enveloppe",
        "attention": "À traiter", "nothing_attention": "Rien à traiter pour l'instant.",
        "decide": "À décider", "nothing_decide": "Rien à décider.", "decided": "Réglé",
        "do_answer": "Répondre quand même", "do_ignore": "Ignorer", "do_inquiry": "Proposer le brainstorming",
        "do_application": "En faire une candidature", "do_split": "Candidature à part",
        "do_join": "Joindre au dossier", "do_accept": "Accepter la modification", "do_withdraw": "Retirée",
        "do_done": "Fait", "do_reject": "Refuser", "do_retry": "Traiter à nouveau",
        "incidents": "Pannes", "incident_since": "injoignable depuis",
        "att_failed_message": "Message non traité",
        "select_doubts": "Pas sélectionné : ceci s'oppose (encore) à une sélection. Vérifiez, "
                         "ou sélectionnez quand même.",
        "select_anyway": "Sélectionner quand même",
        "failed_kept": "non traité, mais conservé ; réessayer ou laisser dans la liste d'attention ci-dessus",
        "technical": "technique", "att_outbox": "Courriel sortant non arrivé",
        "att_problem": "Problème", "att_incomplete": "Incomplète", "att_to_check": "À vérifier (lecture incertaine)",
        "exports": "Exporter", "export_xlsx": "Excel (.xlsx)", "export_csv_be": "CSV pour Excel",
        "export_csv": "CSV pour scripts", "export_jsonl": "JSON lines",
        "reference": "Référence", "received": "Reçue le", "status": "Statut", "municipality": "Commune",
        "title": "Titre", "requested": "Demandé", "problems": "Problèmes", "missing": "Manquant",
        "to_check": "À vérifier", "language": "Langue", "search": "Rechercher", "filter": "Afficher",
        "all": "toutes", "any_problem": "avec un problème ou incomplètes", "only_to_check": "seulement à vérifier",
        "count_shown": "{shown} demandes sur {total}",
        "rows_shown": "ici {first} à {last} (page {page} sur {pages})", "pages": "Pages",
        "previous": "← précédente", "next": "suivante →", "no_applications": "Aucune demande trouvée.",
        "sort_by": "Trier par", "fields": "Données", "source": "Source", "confidence": "Fiabilité",
        "low_confidence": "incertain : à vérifier", "corrected_by": "corrigé", "save": "Enregistrer",
        "decision": "Décision", "status_auto": "selon les règles ({status})", "note": "Note (pourquoi)",
        "saved": "Enregistré.", "nothing_changed": "Rien n'a changé.",
        "not_saved": "Non enregistré : corrigez ce qui est indiqué en rouge.",
        "documents": "Documents", "document": "Document", "open_new_tab": "Ouvrir dans un nouvel onglet",
        "download": "Télécharger", "no_preview": "Ce fichier ne peut pas être affiché dans la page.",
        "packed_files": "Ce fichier contient ces fichiers (chacun à télécharger) :",
        "not_taken_out": "non extrait",
        "links_in_mail": "Liens vers des fichiers partagés (jamais suivis ; téléchargez-les et joignez-les avec "
                         "intake add-files)",
        "email_text": "Texte du courriel", "thread": "Messages", "sent_mail": "Courriels envoyés",
        "history": "Historique", "on_time": "dans les délais", "late": "en retard", "channel_email": "par courriel",
        "channel_post": "par courrier", "from": "De", "subject": "Objet", "what_became": "Devenu",
        "state": "État", "to": "À", "kind": "Type", "error": "Erreur", "retry": "Renvoyer",
        "retry_queued": "Remis dans la file : le worker les envoie au prochain passage.",
        "forbidden": "Ce compte n'y a pas droit.", "csrf": "Le formulaire a expiré. Rechargez la page.",
        "not_found": "Introuvable.", "reviewer_note": "En tant que membre du jury, vous lisez ; vous ne modifiez rien.",
        "contact_hidden": "Les coordonnées sont masquées pour le jury.", "sender": "Expéditeur",
        "none": "aucun", "value": "Valeur", "by": "par", "at": "le", "field": "Champ",
        "budget_hint": "description : montant ; description : montant", "application": "Demande",
        "to_field_form": "Aller aux données", "message": "message", "attempts": "tentatives",
        "history_created": "créée", "history_judged": "évaluée", "history_corrected": "corrigée",
        "history_status_set": "décision", "history_fields_updated": "données lues",
        "history_message_joined": "message ajouté", "history_registered_postal": "enregistrée (courrier)",
        "amounts_unknown_one": "1 demande sans montant : inconnu, non compté.",
        "amounts_unknown_many": "{n} demandes sans montant : inconnu, non compté.",
        "history_attention_resolved": "réglé", "history_attention_reopened": "à revoir",
        "history_change_ignored": "modification non reprise",
        "history_split": "scindée", "history_split_from": "scindée de", "history_merged": "fusionnée avec",
        "linked_reference": "par la référence", "linked_thread": "réponse dans l'échange",
        "linked_sender": "même expéditeur",
        "history_anonymised": "anonymisée", "language_name": "Français", "other_language": "Nederlands",
    },
}

# the codes of mail states and kinds, in words (shown beside nothing else: the code itself stays in the CLI)
CODES: dict[str, dict[str, str]] = {
    "nl": {
        "state_queued": "in de wachtrij", "state_sending": "wordt verstuurd", "state_sent": "verstuurd",
        "state_failed": "mislukt", "state_unknown": "onzeker (worker onderbroken)", "state_bounced": "teruggekomen",
        "state_suppressed": "niet verstuurd (beveiliging)",
        "kind_receipt": "ontvangstbevestiging", "kind_reminder_incomplete": "herinnering (onvolledig)",
        "kind_reminder_session": "herinnering (sessie)", "kind_digest": "dagoverzicht",
        "kind_decision": "beslissingsbrief", "kind_invitation": "uitnodiging (sessies)",
        "msg_stored": "opgeslagen", "msg_processed": "verwerkt", "msg_duplicate": "dubbel",
        "msg_set_aside": "opzij gelegd", "msg_failed": "mislukt", "msg_erased": "gewist",
        "class_application": "aanvraag", "class_follow_up": "vervolgbericht",
        "class_auto_reply": "automatisch antwoord",
        "class_bounce": "onbestelbaar", "class_own": "eigen mail", "class_empty": "leeg", "class_bulk": "nieuwsbrief",
        "source_form_field": "formulierveld", "source_table": "tabel", "source_label": "label", "source_body": "tekst",
        "source_quoted": "eerdere mail (geciteerd)", "source_guessed": "hersteld uit een onleesbare scan",
        "source_derived": "berekend: totaal min eigen inbreng",
        "source_sender": "naam van de afzender van de mail",
        "source_reply": "antwoord van de aanvrager", "source_coordinator": "coördinator",
        "class_changed_values": "gewijzigde gegevens", "class_new_idea": "nieuw idee", "class_inquiry": "vraag",
        "class_question": "vraag over een aanvraag", "class_withdrawal": "intrekking",
        "class_out_of_scope": "niet over de oproep", "class_before_call": "van voor de oproep",
        "class_unclear": "onduidelijk", "class_possible_new_idea": "misschien een nieuw idee",
        "state_superseded": "vervangen", "state_draft": "ontwerp", "state_approved": "goedgekeurd",
    },
    "fr": {
        "state_queued": "en file d'attente", "state_sending": "en cours d'envoi", "state_sent": "envoyé",
        "state_failed": "échec", "state_unknown": "incertain (worker interrompu)", "state_bounced": "revenu",
        "state_suppressed": "non envoyé (sécurité)",
        "kind_receipt": "accusé de réception", "kind_reminder_incomplete": "rappel (incomplet)",
        "kind_reminder_session": "rappel (séance)", "kind_digest": "résumé quotidien",
        "kind_decision": "lettre de décision", "kind_invitation": "invitation (séances)",
        "msg_stored": "enregistré", "msg_processed": "traité", "msg_duplicate": "doublon",
        "msg_set_aside": "mis de côté", "msg_failed": "échec", "msg_erased": "effacé",
        "class_application": "demande", "class_follow_up": "suite", "class_auto_reply": "réponse automatique",
        "class_bounce": "non distribuable", "class_own": "propre courriel", "class_empty": "vide",
        "class_bulk": "lettre d'information",
        "source_form_field": "champ du formulaire", "source_table": "tableau", "source_label": "libellé",
        "source_body": "texte", "source_quoted": "courriel précédent (cité)", "source_reply": "réponse du candidat",
        "source_coordinator": "coordinateur", "source_guessed": "reconstitué d'un scan peu lisible",
        "source_derived": "calculé : coût total moins l'apport propre",
        "source_sender": "nom de l'expéditeur du courriel",
        "class_changed_values": "données modifiées", "class_new_idea": "nouvelle idée", "class_inquiry": "question",
        "class_question": "question sur une demande", "class_withdrawal": "retrait",
        "class_out_of_scope": "hors appel", "class_before_call": "avant l'appel",
        "class_unclear": "peu clair", "class_possible_new_idea": "peut-être une nouvelle idée",
        "state_superseded": "remplacé", "state_draft": "brouillon", "state_approved": "approuvé",
    },
}


def code_word(lang: str, prefix: str, code: str | None) -> str:
    """A code in words ('sent' -> 'verstuurd'); an unknown code as it is."""
    if not code:
        return ""
    return CODES[lang].get(f"{prefix}_{code}", code)


# what a correction's format error says, per kind of field (the CLI's English reason is shown beside it)
FORMAT_HINTS = {
    "nl": {"amount": "een bedrag in euro, bv. 9500 of 9.500,00", "email": "een e-mailadres",
           "phone": "een Belgisch, Frans of internationaal telefoonnummer", "postcode": "4 cijfers (BE) of 5 (FR)",
           "country": "BE of FR", "budget_lines": "omschrijving: bedrag; omschrijving: bedrag",
           "text": "mag niet leeg zijn"},
    "fr": {"amount": "un montant en euros, p. ex. 9500 ou 9 500,00", "email": "une adresse e-mail",
           "phone": "un numéro belge, français ou international", "postcode": "4 chiffres (BE) ou 5 (FR)",
           "country": "BE ou FR", "budget_lines": "description : montant ; description : montant",
           "text": "ne peut pas être vide"},
}


def hint_kind(field_name: str) -> str:
    if field_name in ("requested_amount", "total_budget"):
        return "amount"
    return field_name if field_name in ("email", "phone", "postcode", "country", "budget_lines") else "text"


def choose_language(query_lang: str | None, session_lang: str | None, accept_language: str) -> str:
    """``?lang=`` first, then the language chosen earlier in this session, then the browser's preference."""
    for candidate in (query_lang, session_lang):
        if candidate in LANGUAGES:
            return candidate
    preferences = []
    for index, item in enumerate(accept_language.split(",")):
        tag, _, params = item.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        preferences.append((-quality, index, tag.strip().lower()[:2]))
    for _q, _i, primary in sorted(preferences):
        if primary in LANGUAGES:
            return primary
    return DEFAULT
