"""Judgments of the blind audit of issue 17 (one editor, by hand).

Indexes refer to the rows of the three review files written by
benchmarks/audit.py, read in the order echt, toets, audit. Every row not
listed here was judged `goed`.
"""

import json
import sys
from collections import Counter
from pathlib import Path

VEILIG = {
    83: ("stroef", "'daartoe strekken' is een vaste verbinding; 'daarvoor strekt' loopt niet"),
    124: ("stroef", "'Uw aanwezigheid en die van Noah is' : met 'en' hoort 'zijn'"),
    126: ("stroef", "'jeugd-geestelijke gezondheidszorg' is een vreemd samengesteld woord"),
    147: ("stroef", "'de reeds te betalen leges' leest alsof er nog betaald moet worden"),
    163: ("stroef", "'U wordt de kans gegeven' is een stroeve lijdende vorm; beter 'U krijgt de kans'"),
    164: ("stroef", "'voornemen' is hier het juridische stuk; 'dit plan' is vaag"),
    169: ("stroef", "'recht op werk' leest als recht op een baan; bedoeld is 'mag niet werken'"),
    189: ("stroef", "'het gegeven bedrag' leest als 'het genoemde bedrag'"),
    237: ("stroef", "'per ongeluk verondersteld' past niet; iets aannemen doe je niet per ongeluk"),
    240: ("stroef", "'belastingrente verschuldigd van € 97,45' loopt niet"),
    303: ("stroef", "'Ondanks herhaalde vragen' : het ging om verzoeken om te betalen"),
    317: ("stroef", "'dat adres' verwijst naar niets in de zin of de alinea"),
    389: ("stroef", "'bent u niet gevonden' klinkt alsof naar u is gezocht"),
    451: ("stroef", "'dat postadres' verwijst naar niets in de zin of de alinea"),
    540: ("stroef", "'waarin u de kans wordt gegeven' is een stroeve lijdende vorm"),
    553: ("stroef", "'met dat kenmerk' : het verband met het kenmerk bovenaan de brief is weg"),
    698: ("stroef", "'arbeid doen' is geen gewone combinatie"),
    125: ("fout", "'zal worden bekijken' : moet 'bekeken' zijn"),
    338: ("fout", "'nadat wij ... hebben sturen' : moet 'hebben gestuurd' zijn"),
    946: ("fout", "'beoordeelt ... in die staat u de woning dient op te leveren' : vraagwoord 'welke' vervangen door 'die'"),
    1005: ("fout", "'wordt bekijken' : moet 'bekeken' zijn"),
    157: ("betekenis", "'verblijfsvergunning regulier' is de naam van een soort vergunning; 'gewoon' leest als 'zomaar'"),
    678: ("betekenis", "'verblijfsvergunning regulier' is de naam van een soort vergunning; 'gewoon' leest als 'zomaar'"),
    494: ("betekenis", "'afschriften van uw bankrekeningen' zijn bankoverzichten; 'kopieën van bankrekeningen' betekent iets anders"),
    421: ("schade", "de naam van het portaal 'Mijn DUO' is veranderd in 'Mijn Dienst Uitvoering Onderwijs (DUO)'"),
    756: ("schade", "'WWB' is deel van het zaaknummer ARN 25/4418 WWB; het zaaknummer is veranderd"),
}
NOTE_GOED = {
    676: "goed Nederlands, maar het adresblok is aangepast ('p/a' wordt 'per adres'); volgens issue 17 blijft een adres onaangeroerd",
}

VOORSTEL = {
    1: ("fout", "'om te voorkomen de verspreiding' : verkeerde woordvolgorde"),
    2: ("fout", "'goed te blijven zich houden aan' : geen goede zin"),
    8: ("fout", "'sinds 8 juli vorige' : geen goede zin"),
    9: ("stroef", "'gesloten door een beschieting' leest alsof de beschieting het pand sloot"),
    11: ("fout", "'het vakantie' : verkeerd lidwoord"),
    15: ("stroef", "'vragen na deze brief' : bedoeld is 'over deze brief'"),
    20: ("stroef", "uitleg tussen haakjes midden in 'beroep worden ingesteld'"),
    21: ("fout", "'aan te uitspreken' : geen goede zin"),
    24: ("fout", "'Het werk beginnen' : onderwerp enkelvoud, werkwoord meervoud"),
    25: ("fout", "'duren het werk' : onderwerp enkelvoud, werkwoord meervoud"),
    26: ("fout", "'Het werk vinden plaats' : onderwerp enkelvoud, werkwoord meervoud"),
    27: ("fout", "zin geknipt midden in een bijzin: 'zodat groot materieel. Maar één keer hoeft te komen.'"),
    34: ("fout", "'waar ze omdat staan' : geen goede zin"),
    36: ("stroef", "'vragen na deze brief' : bedoeld is 'over deze brief'"),
    37: ("fout", "'een paar geluidsoverlast' : 'een paar' past niet bij een stofnaam"),
    38: ("stroef", "'uitstel werk herinrichting' in een titel loopt niet"),
    39: ("fout", "'dat het werk ... zouden starten' : enkelvoud met meervoud"),
    43: ("stroef", "'vragen na deze brief' : bedoeld is 'over deze brief'"),
    49: ("fout", "'Het is ons maar niet bekend' : 'maar' kan 'echter' hier niet vervangen"),
    51: ("stroef", "'verlaging op de uitkering' : hoort 'van de uitkering'"),
    52: ("betekenis", "'Wij rekenen maar op uw medewerking' betekent iets anders"),
    68: ("fout", "'is het CBR vinden' : geen goede zin"),
    70: ("fout", "'met het CBR te zijn' : geen goede zin, betekenis weg"),
    91: ("stroef", "uitleg van 'betekend' in de derde persoon in een brief van de deurwaarder zelf"),
    92: ("schade", "'CV' in het zaaknummer 10984512 CV EXPL 25-7781 uitgelegd als cv; zaaknummer beschadigd"),
    93: ("stroef", "'binnen twee dagen na vandaag' loopt niet"),
    94: ("fout", "'het hieronder bedrag' : geen goede zin"),
    96: ("stroef", "'binnen voornoemde uiterste datum' loopt niet"),
    97: ("stroef", "uitleg tussen haakjes is onhandig en past niet bij 'op u verhaald'"),
    98: ("fout", "'Wij uitspreken u erop' : geen goede zin"),
    99: ("stroef", "uitleg tussen haakjes midden in 'ineens te voldoen'"),
    118: ("stroef", "'wordt ... uit onszelf vernietigd' : lijdende vorm met 'uit onszelf' loopt niet"),
    119: ("fout", "'recht maken op' bestaat niet; wel 'aanspraak maken op' of 'recht hebben op'"),
    134: ("fout", "'Deze brief is in de kopie verzonden' : geen goede zin"),
    154: ("stroef", "'beslistermijn wordt uitgesteld' : bedoeld is 'stilgezet'"),
    155: ("stroef", "'binnen de gestelde uiterste datum' loopt niet"),
    172: ("fout", "'niet is laten zien' : moet 'niet is aangetoond' of 'niet is getoond' zijn"),
    173: ("stroef", "uitleg van een werkwoord midden in 'de door u overgelegde loonstroken'"),
    174: ("stroef", "uitleg tussen haakjes midden in de zin"),
    176: ("stroef", "'binnen de gestelde uiterste datum' loopt niet"),
    179: ("fout", "'u heeft maar geen recht' : 'maar' kan 'echter' hier niet vervangen"),
    207: ("fout", "'dat het werk niet ... zijn uitgevoerd' : enkelvoud met meervoud"),
    257: ("betekenis", "'de vaststelling van uw belastingbrief' : een aanslag is geen brief"),
    258: ("stroef", "uitleg tussen haakjes midden in 'een vermogen aanhield'"),
    260: ("fout", "'Wij delen u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    261: ("betekenis", "'afgezien van' (niet doen) wordt 'behalve'; de zin zegt nu iets anders en is kapot"),
    263: ("stroef", "'het niet eens met de belastingbrief' : bedoeld is de aanslag"),
    264: ("stroef", "uitleg tussen haakjes midden in de zin"),
    282: ("betekenis", "'komen te vervallen' (stoppen) uitgelegd als 'vanaf die dag moet u betalen'"),
    297: ("fout", "'op de A7 van hectometerpaal 183,4' : geen goede zin"),
    298: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    322: ("fout", "'Het CJIB is zorgt voor' : geen goede zin"),
    323: ("stroef", "'het bedrag met beslag te laten betalen' loopt niet"),
    324: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    340: ("stroef", "'de schuld die zij op u heeft' : een schuldeiser heeft een vordering, geen schuld"),
    342: ("fout", "'Wij dringend vragen u' : verkeerde woordvolgorde"),
    344: ("stroef", "'binnen de gestelde uiterste datum' loopt niet"),
    346: ("stroef", "'binnen de genoemde uiterste datum' loopt niet"),
    347: ("fout", "'gemotiveerd ook te delen' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    370: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    372: ("stroef", "'door een achterstand' leest als de handelende persoon; beter 'wegens'"),
    378: ("fout", "'kosten van kosten van eten en wonen' : woorden dubbel"),
    379: ("fout", "'gegevens die ons er zijn' : geen goede zin"),
    380: ("fout", "'binnen vier weken ook te delen' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    381: ("fout", "'Als nodig' : geen goede zin (reden staat erbij)"),
    407: ("stroef", "'Volgens de resultaten ... zijn wij van oordeel' loopt niet"),
    408: ("fout", "'zijn wij vinden' : geen goede zin"),
    409: ("fout", "'Derhalve opnieuw berekenen wij' : geen goede zin"),
    432: ("stroef", "'ook voor de tijd daarvoor toe te passen op de al verschenen termijnen' is onduidelijk"),
    454: ("betekenis", "'kwijtschelding van de belastingbrief' : niet de brief maar de aanslag wordt kwijtgescholden"),
    455: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    458: ("betekenis", "administratief beroep gaat naar de invorderingsambtenaar, niet naar de rechter"),
    476: ("fout", "'doen wij u het aanslagbiljet ... sturen' : 'doen' blijft staan"),
    478: ("betekenis", "'de belastingbrief van het waterschap' op de belastingbrief: bedoeld is de aanslag"),
    481: ("stroef", "'totaalbedrag van de belastingbrief' : bedoeld is de aanslag"),
    483: ("stroef", "'betalen' staat twee keer in de zin (reden staat erbij)"),
    484: ("betekenis", "'bezwaar tegen de hoogte van de belastingbrief' : bedoeld is de aanslag"),
    486: ("fout", "'U bent maar niet verplicht' : 'maar' kan 'echter' hier niet vervangen"),
    516: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    517: ("fout", "'als van toepassing' : geen goede zin (reden staat erbij)"),
    520: ("stroef", "'uitkering uit te stellen' : bedoeld is 'stopzetten tot u de gegevens stuurt'"),
    521: ("betekenis", "'in gebreke blijven' uitgelegd als 'een ziekte of een beperking'"),
    523: ("stroef", "'vragen na deze brief' : bedoeld is 'over deze brief'"),
    549: ("stroef", "uitleg tussen haakjes midden in de zin"),
    552: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    571: ("fout", "'delen u het volgende ook' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    572: ("betekenis", "'is maar om 14.05 uur beëindigd' betekent 'pas om 14.05 uur'"),
    574: ("stroef", "'Door het bovenstaande zijn wij van oordeel' loopt niet"),
    575: ("stroef", "'Gelet op dit' loopt niet; beter 'Gelet hierop'"),
    576: ("fout", "'zijn wij vinden' : geen goede zin"),
    577: ("stroef", "'niet terecht verklaard' is stroef"),
    578: ("betekenis", "dit is de beslissing op bezwaar van de gemeente, niet van de rechter"),
    580: ("betekenis", "dit is de beslissing op bezwaar van de gemeente, niet van de rechter"),
    581: ("stroef", "uitleg tussen haakjes midden in 'beroep instellen'"),
    582: ("stroef", "uitleg tussen haakjes midden in 'beroep instellen'"),
    583: ("stroef", "uitleg tussen haakjes midden in 'beroep instellen'"),
    597: ("fout", "'Wij delen u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    599: ("fout", "'er rekening meehouden' : 'rekening houden met' gebroken"),
    618: ("betekenis", "'geïnd' (geld ophalen) wordt 'betaald'; het CAK betaalt niet"),
    620: ("fout", "'Als nodig' : geen goede zin (reden staat erbij)"),
    642: ("betekenis", "'woonvoorziening' (aanpassing) wordt 'woning'; aanvraag was niet voor een woning"),
    644: ("fout", "'delen wij u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    648: ("fout", "'Wij maken ons dat' : geen goede zin"),
    649: ("fout", "'U woont want al' : geen goede zin"),
    670: ("fout", "'Wij delen u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    672: ("stroef", "'niet binnen die uiterste datum' loopt niet"),
    674: ("fout", "'geen opgeven te doen' : geen goede zin"),
    702: ("stroef", "'binnen de gestelde uiterste datum' loopt niet"),
    705: ("stroef", "'beslistermijn wordt uitgesteld' : bedoeld is 'stilgezet'"),
    706: ("fout", "'U mag maar pas' : 'maar' kan 'echter' hier niet vervangen"),
    729: ("stroef", "'eisende betrokkene' is geen gewone term; 'partij' is hier beter"),
    730: ("stroef", "'gedaagde betrokkene' is geen gewone term"),
    733: ("fout", "'recht hebben op voor' : geen goede zin"),
    735: ("stroef", "'eisende betrokkene' is geen gewone term"),
    737: ("fout", "'U kunt zich maar wel laten bijstaan' : geen goede zin"),
    740: ("stroef", "algemene uitleg van 'zitting' midden in de zin; de bezwaarcommissie speelt hier geen rol"),
    763: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    764: ("fout", "'de zitting ook' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    765: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    766: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    767: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    768: ("fout", "'De rechter stelt het maar op prijs' : 'maar' kan 'echter' hier niet vervangen"),
    769: ("stroef", "uitleg tussen haakjes midden in 'uitspraak doen'"),
    772: ("fout", "'met de rechtbank te zijn' : geen goede zin, betekenis weg"),
    777: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    778: ("stroef", "algemene uitleg van 'zitting' midden in de zin"),
    779: ("stroef", "'in beginsel' (in principe) wordt 'meestal'"),
    842: ("fout", "'Als nodig' : geen goede zin (reden staat erbij)"),
    858: ("fout", "'Wij zijn vinden' : geen goede zin"),
    859: ("stroef", "'tijdens één maand' loopt niet; beter 'één maand lang'"),
    883: ("stroef", "'de belastingbrief ... opgelegd' : een brief wordt niet opgelegd"),
    884: ("stroef", "'totaalbedrag van de belastingbrief' : bedoeld is de aanslag"),
    885: ("fout", "'doen wij u een dwangbevel sturen' : 'doen' blijft staan"),
    887: ("stroef", "uitleg tussen haakjes midden in een regel met een bedrag"),
    888: ("stroef", "'openstaand bedrag belastingbrief' : bedoeld is de aanslag"),
    891: ("stroef", "'in beginsel' (in principe) wordt 'meestal'"),
    892: ("stroef", "uitleg tussen haakjes midden in 'verzet aan te tekenen'"),
    912: ("fout", "'onder deze zaaknummer' : 'zaaknummer' is een het-woord"),
    913: ("stroef", "'beslistermijn wordt uitgesteld' : bedoeld is 'stilgezet'"),
    915: ("fout", "'er zorg voordragen' : 'zorg dragen voor' gebroken"),
    916: ("betekenis", "'last onder dwangsom' is een vaste juridische term; 'bevel' verandert die"),
    933: ("stroef", "'herinnering gezonden door een achterstand' : beter 'wegens'"),
    963: ("fout", "'wensen u veel woonplezier' is een wens; 'willen u veel woonplezier' is geen goede zin (reden staat erbij)"),
    964: ("stroef", "uitleg tussen haakjes in de naam van een afdeling onder de ondertekening"),
    965: ("fout", "'Dan zoals vloerbedekking of gordijnen, moet u' : zin kapot geknipt"),
    987: ("fout", "'Wij delen u ook dat' : scheidbaar werkwoord 'mededelen' gebroken (reden staat erbij)"),
    988: ("betekenis", "'uw aanvraag hebben gegeven' : een aanvraag wordt toegekend, niet gegeven"),
    1007: ("stroef", "uitleg 'de zorg die u krijgt' past niet: de indicatie is voor de echtgenote"),
}

KLASSEN = ["goed", "stroef", "fout", "betekenis", "schade"]


def main(review_dir, out_dir):
    rows = []
    for name in ["echt", "toets", "audit"]:
        for line in open(Path(review_dir) / f"{name}.jsonl", encoding="utf-8"):
            r = json.loads(line)
            r["map"] = name
            rows.append(r)
    folder = {"echt": "corpus/echt/blind/brieven", "toets": "corpus/toets/brieven", "audit": "corpus/audit/brieven"}
    counts = {}
    for soort, table, fname in [("veilig", VEILIG, "oordeel-veilig.jsonl"), ("voorstel", VOORSTEL, "oordeel-voorstel.jsonl")]:
        with open(Path(out_dir) / fname, "w", encoding="utf-8") as f:
            for i, r in enumerate(rows):
                if r["soort"] != soort:
                    continue
                klasse, reden = table.get(i, ("goed", NOTE_GOED.get(i, "")))
                out = {
                    "nr": i,
                    "map": folder[r["map"]],
                    "file": r["brief"],
                    "regel": r["regel"],
                    "woorden": r["woorden"],
                    "before": r["voor"],
                    "after": r["na"],
                    "class": klasse,
                    "reason": reden,
                    "fix_reden": r["reden"],
                }
                f.write(json.dumps(out, ensure_ascii=False) + "\n")
                counts.setdefault(soort, {}).setdefault(folder[r["map"]], Counter())[klasse] += 1
        for i in table:
            assert rows[i]["soort"] == soort, (soort, i)
    for soort, per in counts.items():
        total = Counter()
        for m, c in per.items():
            total += c
            print(soort, m, sum(c.values()), {k: c[k] for k in KLASSEN})
        print(
            soort,
            "TOTAAL",
            sum(total.values()),
            {k: total[k] for k in KLASSEN},
            {k: round(100 * total[k] / sum(total.values()), 1) for k in KLASSEN},
        )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
