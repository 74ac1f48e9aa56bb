"""Which word of a person's name is the given name, for a name a form gets in either order.

Flemish and French forms ask "Naam + voornaam" or "NOM Prénom", and people answer "Coene Jolien" as
often as "Jolien Coene"; without capitals nothing in the words says which is which, except that given
names are a small, well-known set. This list holds common given names of Flanders, Wallonia, the north
of France and English speakers. Names that are also common surnames ("Martin", "Thomas", "Simon",
"Laurent", "Michel", "Bernard", "Vincent", "Philippe") are left out on purpose: for them the word does
not tell, and a name is then kept as written.
"""

from __future__ import annotations

from parsers.places import fold

_NAMES_TEXT = """
aaron adriaan adrien agathe agnes alain alban albane alexandra alexandre alexia alexis alice alicia aline alix
amandine amaury ambre amelie anais anke ann anna annabelle anne anneke annelies anneleen annemie annick annie
anouk anthony arne astrid audrey aurelie aurelien axel bart barbara bastien baptiste bea beatrice
benedicte benjamin bert berthe bieke bjorn brecht bram brigitte bruno camille carine carla carole caroline
catherine cecile celine chantal charlotte chloe christelle christiaan christian christine christophe
claire clara claudine clementine colette corentin coralie cyril cyrille dave davy delphine diane didier
dieter dirk dorien dries edith eline elien elise elke ellen eloise els elodie emilie emma emmanuel emmanuelle
enzo eric erik estelle eva evelien evelyne fabian fabien fabienne fanny femke filip floor florence florian
frank franck frederic frederik freya gaelle gaetan geert geertrui genevieve gert gillian
gisele gregory greet griet guido guy gwen gwendoline hanne hannelore hans helene helena henk
herve hilde hugo ilse ine inge ingrid ines ils isabelle jan janne jannes jarne jasper jean jeanne jef jelle
jens jeroen jerome jessica jo joachim joelle johan johanna johannes joke jolien joost joris josephine
josette jozef julie juliette justine karel karen karin karolien katrien katleen kathleen kevin koen kris
kristof lander lara laura laure laurence lea leen lena lennert leo leonie lien lieselot lies liesbeth
lieve lieven lisa lise lode lore lotte louise luc lucie lucien ludo ludovic luk maaike maarten manon marc
marcel margaux margot maria marie marijke marine marion marleen marthe mathias mathilde matthias mattias
maxime melanie mia michiel mieke mireille monique morgane muriel myriam nadia nadine nancy nathalie nele
nicole niels nina noemie odile olga pascale patricia patrick paulien pauline peter pieter pierre-yves
quentin raf rebecca regine rien rik rita robbe romain ruben ruth sabine sam sander sandra
sandrine sanne sara sarah sebastien seppe severine simone sofie sophie stefaan stefan stephane stephanie
steven stijn sylvie tamara tania tanja tessa thibault thibaut thierry tijs tim tine tineke tobias tom toon
valerie valentin valentine vanessa veerle veronique virginie warre wendy wim wout wouter xavier yannick
yves yvette yvonne zoe
an annelien bavo bie cedric christa christiane claudette conny corinne daisy damien danielle danny denise
dimitri eddy eliane elena ella emile evi fabrice fien francine francis francoise gerda geraldine ghislaine gino
glenn godelieve gregoire hendrik huguette ivan jacqueline jana jean-claude jean-jacques jeremy joel
jonas jordan josiane jozefien jules jurgen kaat katja kato kim krista kurt laetitia liam liliane linda loic
lukas lut lutgard lydie madeleine magda marcelle marguerite marina marnix martine maryse micheline mickael
mila mylene nadege nathan nelly nico noah noor nora odette patrice paulette petra philip pol raphael
raymonde regis remi rene rosa rudi rudy sabrina serge silke solange suzanne sven sylvain sylviane therese
tijl tinne trees vera walter ward werner wilfried willy yann yana yasmine yolande
jean-marc jean-pierre jean-luc jean-paul jean-francois marie-claire marie-christine marie-paule anne-marie
anne-sophie
michele paule bernadette antoinette henriette georgette gilberte lucienne
john james mary emily jessica jack oliver harry george olivia amelia isla ava sophia grace lily sarah emma
mark michael andrew stephen matthew christopher rachel helen susan kate lucy hannah jennifer elizabeth
margaret nicola alison fiona jane joanne michelle natalie samantha victoria ian neil ben jake luke ryan
steve jenny tony keith craig
"""
GIVEN_NAMES: frozenset[str] = frozenset(_NAMES_TEXT.split())

# given names that are also common surnames: left out above, as the word alone does not tell which it is; a
# name whose own address spells it given name first ("Benoît Hennebelle <benoit.hennebelle@...>") tells
_ALSO_SURNAMES_TEXT = """
albert andre antoine arnaud benoit bernard charles daniel david denis dominique etienne francois gerard gilbert
guillaume henri herman hubert jacques joseph julien lambert laurent leon louis lucas martin mathieu
maurice michel nicolas olivier pascal paul philippe pierre raymond richard robert roger roland simon thomas
victor vincent
"""
ALSO_SURNAMES: frozenset[str] = frozenset(_ALSO_SURNAMES_TEXT.split())


def is_given_name(word: str) -> bool:
    """A word that is a known given name ("Jolien", "Hélène", "Jean-Marc": each part of a hyphenated one)."""
    folded = fold(word).strip(" .,")
    if not folded:
        return False
    return folded.replace(" ", "-") in GIVEN_NAMES or (
        "-" in word and all(part in GIVEN_NAMES for part in folded.replace(" ", "-").split("-") if part))


def given_name_or_surname(word: str) -> bool:
    """A known given name, or one that is also a common surname ("Benoît", "Michel")."""
    return is_given_name(word) or fold(word).strip(" .,") in ALSO_SURNAMES


def given_name_last(name: str) -> bool | None:
    """Whether a name of two to four words is written surname first ("Coene Jolien": True), given name
    first ("Jolien Coene": False), or None when the words do not tell (neither end, or both, is a known
    given name)."""
    words = name.split()
    if not 2 <= len(words) <= 4:
        return None
    first, last = is_given_name(words[0]), is_given_name(words[-1])
    if first == last:
        return None
    return last
