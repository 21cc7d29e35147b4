#!/usr/bin/env python3
"""Builds the Latin America gazetteer files embedded in SearchPortal.Core (Enrichment/Data).

Inputs (see each folder's SOURCES.md):
  ../shared/data/gazetteer/latam   GeoNames countryInfo, admin1 codes and cities15000 (CC BY)
  ../shared/data/gazetteer/peru    INEI 2025 ubigeo table (MIT repo, INEI data)
  Debian word lists, for the "common word" flag only: hunspell-es (es_ES.dic), wbrazilian, wamerican.

Outputs (overwritten):
  src/SearchPortal.Core/Enrichment/Data/latam-divisions.csv  code;path;names
  src/SearchPortal.Core/Enrichment/Data/latam-places.csv     division;name;population;flags
  src/SearchPortal.Core/Enrichment/Data/peru-provinces.csv   ubigeo;departamento;provincia;poblacion

Run from the repository root:  python3 tools/gazetteer/build_latam.py
It is not part of the build; rerun it only when the sources or the overrides below change, and review the diff.
"""
import csv
import os
import sys
import unicodedata

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared", "data", "gazetteer"))
OUT = os.path.join(ROOT, "src", "SearchPortal.Core", "Enrichment", "Data")

COUNTRY_PATHS = {}  # ISO code -> path (English short name), read from countries.csv

# Display names (local language, accented) for first-level divisions whose GeoNames name is English,
# unaccented or carries a suffix, and extra names (Spanish, Portuguese, English) that refer to them.
DIVISION_NAMES = {
    "AR.01": ("Buenos Aires", ["Provincia de Buenos Aires", "Buenos Aires Province"]),
    "AR.05": ("Córdoba", []),
    "AR.07": ("Ciudad de Buenos Aires", ["Ciudad Autónoma de Buenos Aires", "CABA", "Capital Federal"]),
    "AR.08": ("Entre Ríos", []),
    "AR.15": ("Neuquén", []),
    "AR.16": ("Río Negro", []),
    "AR.24": ("Tucumán", []),
    "BO.03": ("Beni", ["El Beni"]),
    "BR.07": ("Distrito Federal", ["Federal District"]),
    "CL.07": ("Coquimbo", []),
    "CL.08": ("O'Higgins", []),
    "CL.10": ("Magallanes", ["Magallanes y la Antártica Chilena"]),
    "CL.11": ("Maule", []),
    "CL.12": ("Región Metropolitana", ["Santiago Metropolitan Region", "Región Metropolitana de Santiago"]),
    "CL.14": ("Los Lagos", []),
    "CL.17": ("Los Ríos", []),
    "CO.25": ("San Andrés y Providencia", ["San Andrés"]),
    "CO.34": ("Bogotá", ["Bogotá D.C.", "Distrito Capital de Bogotá"]),
    "CU.02": ("La Habana", ["Havana", "Habana"]),
    "DO.34": ("Distrito Nacional", []),
    "EC.15": ("Morona Santiago", []),
    "EC.20": ("Zamora Chinchipe", []),
    "EC.22": ("Sucumbíos", []),
    "GT.20": ("Suchitepéquez", []),
    "HN.11": ("Islas de la Bahía", ["Bay Islands"]),
    "HT.14": ("Grand'Anse", []),
    "JM.08": ("Saint Andrew", ["St. Andrew"]),
    "JM.09": ("Saint Ann", ["St. Ann", "St Ann"]),
    "JM.10": ("Saint Catherine", ["St. Catherine"]),
    "JM.11": ("Saint Elizabeth", ["St. Elizabeth"]),
    "JM.12": ("Saint James", ["St. James"]),
    "JM.13": ("Saint Mary", ["St. Mary"]),
    "JM.14": ("Saint Thomas", ["St. Thomas"]),
    "MX.07": ("Coahuila", ["Coahuila de Zaragoza"]),
    "MX.09": ("Ciudad de México", ["Mexico City", "CDMX"]),
    "MX.15": ("Estado de México", ["State of Mexico", "Edomex", "Estado de Mexico"]),
    "MX.16": ("Michoacán", ["Michoacán de Ocampo"]),
    "MX.30": ("Veracruz", ["Veracruz de Ignacio de la Llave"]),
    "NI.17": ("Costa Caribe Norte", ["North Caribbean Coast", "RACCN", "Región Autónoma de la Costa Caribe Norte"]),
    "NI.18": ("Costa Caribe Sur", ["South Caribbean Coast", "RACCS", "Región Autónoma de la Costa Caribe Sur"]),
    "TT.01": ("Arima", ["Borough of Arima"]),
    "VE.24": ("Dependencias Federales", []),
    "VE.25": ("Distrito Capital", []),
    "VE.26": ("La Guaira", ["Vargas"]),
}

# Divisions that are the capital city itself: its cities are not a level below it.
CAPITAL_DISTRICTS = {"AR.07", "MX.09", "CO.34", "VE.25", "PY.22", "DO.34"}

# Common surnames and first names that are also place names: such places need evidence of their country.
PERSON_NAMES = set("""
garcia rodriguez martinez hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz reyes morales
cruz ortiz gutierrez chavez ramos ruiz alvarez mendoza castillo jimenez vasquez vazquez moreno herrera medina aguilar
vargas guzman castro romero fernandez juarez mendez dominguez soto mejia silva rojas contreras guerrero luna ortega
delgado sandoval paz lima santos souza sousa oliveira costa pereira alves ferreira rocha carvalho barbosa ribeiro
almeida lopes marques nunes vieira mendes cardoso teixeira correia moura freitas campos pinto andrade monteiro
morais salazar cabrera vega fuentes carrillo espinoza salinas miranda valencia rosales escobar montes ibarra pacheco
valdez padilla cervantes serrano duarte robles figueroa maldonado estrada acosta orozco sosa cordero navarro trujillo
quintero cardenas zamora villa bolivar sucre morelos hidalgo colon heredia orellana rivas carazo cortes ponce arroyo
valverde barahona paredes leon franco prado rosario montero gallardo bravo lara sierra beltran cisneros esparza
galindo carmona escalante villalba zapata camacho victoria guadalupe dolores mercedes esperanza concepcion trinidad
soledad rosa isabel isabela carolina florida marcos pedro pablo juan jose miguel antonio francisco luis carlos martin
lucia ana maria teresa clara elena cristina josefina catalina magdalena barbara ines rafael gabriel tomas andres
salvador jesus manuel fernando ignacio mateo lucas simon felipe santiago diego sebastian nicolas benito ramon
david daniel alberto eduardo ricardo roberto alejandro javier sergio oscar mario hector jorge raul ruben ernesto arturo
guillermo enrique alfonso gerardo armando emiliano gustavo cesar hugo victor julio augusto marcelo mauricio rodrigo
fabio gabriela valeria paula laura sofia andrea mariana patricia veronica monica beatriz graciela pilar lourdes caridad
cecilia silvia susana irene julia lorena eva rita alicia adriana claudio claudia lucia amparo socorro consuelo remedios
james john george peter paul charles william michael joseph henry edward francis richard robert albert frank arthur
elizabeth mary anne catherine margaret louise allen lincoln paine molina garibaldi schroeder alvarado allende santana
vera young prado montero mandeville ceres mari carmelo cortez ortega nunez lozano aguirre ruiz vidal leal mora
""".split())


def fold(s):
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()


def load_common_words():
    words = set()
    sources = [("/usr/share/hunspell/es_ES.dic", True), ("/usr/share/dict/brazilian", False), ("/usr/share/dict/american-english", False)]
    for path, hunspell in sources:
        if not os.path.exists(path):
            sys.exit(f"missing word list {path}: apt-get install hunspell-es wbrazilian wamerican")
        with open(path, encoding="utf-8", errors="ignore") as f:
            for i, line in enumerate(f):
                if hunspell and i == 0:
                    continue
                word = line.split("/")[0].strip()
                if word and word[0].islower() and "'" not in word:
                    words.add(fold(word))
    return words


def read_countries():
    with open(os.path.join(OUT, "countries.csv"), encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter=";") if r and not r[0].startswith("#")]
    header = rows[0]
    code, path = header.index("code"), header.index("path")
    for row in rows[1:]:
        COUNTRY_PATHS[row[code]] = row[path]


def read_peru():
    """INEI provinces (4-digit ubigeo) with department, province, population; districts for city matching."""
    provinces, districts = {}, []
    with open(os.path.join(SHARED, "peru", "ubigeo_inei_2025.csv"), encoding="utf-8-sig") as f:
        for row in csv.DictReader(f, delimiter=";"):
            code = row["ubigeo"][:4]
            population = int(float(row["población"] or 0))
            p = provinces.setdefault(code, [row["departamento"], row["provincia"], 0])
            p[2] += population
            districts.append((row["departamento"], code, row["distrito"], row["capital_legal"]))
    return provinces, districts


def main():
    read_countries()
    common = load_common_words()
    provinces, districts = read_peru()
    departments = {fold(d): d for d, _, _ in provinces.values()}

    divisions = {}  # code -> (path, names)
    with open(os.path.join(SHARED, "latam", "admin1CodesASCII.latam.txt"), encoding="utf-8") as f:
        for line in f:
            code, name, _, _ = line.rstrip("\n").split("\t")
            cc = code.split(".")[0]
            if cc not in COUNTRY_PATHS:
                continue
            if cc == "PE":
                key = fold(name).replace(" region", "")
                display = departments[key]
                extra = []
            else:
                display, extra = DIVISION_NAMES.get(code, (name, []))
            divisions[code] = (COUNTRY_PATHS[cc] + "/" + display, extra)

    places = {}  # (division, name) -> [population, flags]
    unmatched = []
    with open(os.path.join(SHARED, "latam", "cities15000.latam.txt"), encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            name, feature, cc, admin1, population = c[1], c[7], c[8], c[10], int(c[14] or 0)
            division = f"{cc}.{admin1}"
            if cc not in COUNTRY_PATHS or division not in divisions:
                unmatched.append(name)
                continue
            if cc == "PE":
                department = divisions[division][0].split("/")[1]
                matches = sorted({code for d, code, district, capital in districts
                                  if d == department and fold(name) in (fold(district), fold(capital))})
                if len(matches) != 1:
                    unmatched.append(f"{name} (Peru, {department}, {len(matches)} districts)")
                    continue
                division = "PE." + matches[0]
            flags = ""
            if feature == "PPLC":
                flags += "C"
            elif feature == "PPLA":
                flags += "A"
            words = fold(name).split()
            if feature != "PPLC" and (" ".join(words) in common or (len(words) == 1 and words[0] in PERSON_NAMES) or name in PERSON_NAMES):
                flags += "E"
            key = (division, name)
            if key not in places or places[key][0] < population:
                places[key] = [population, flags]

    with open(os.path.join(OUT, "latam-divisions.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# First-level divisions of Latin America and the Caribbean: GeoNames admin1 code, facet path, extra names.\n")
        f.write("# Generated by tools/gazetteer/build_latam.py from GeoNames (geonames.org, CC BY); Peru's use INEI names.\n")
        f.write("code;path;names;flags\n")
        for code in sorted(divisions):
            path, extra = divisions[code]
            flag = "E" if fold(path.split("/")[-1]) in common or fold(path.split("/")[-1]) in PERSON_NAMES else ""
            f.write(f"{code};{path};{'|'.join(extra)};{flag}\n")

    with open(os.path.join(OUT, "latam-places.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Places of 15,000+ inhabitants: division (GeoNames admin1 code, or PE.<INEI province ubigeo>), name, population,\n")
        f.write("# flags (C national capital, A division capital, E common word or personal name: needs evidence of its country).\n")
        f.write("# Generated by tools/gazetteer/build_latam.py from GeoNames cities15000 (geonames.org, CC BY).\n")
        f.write("division;name;population;flags\n")
        for (division, name), (population, flags) in sorted(places.items(), key=lambda kv: (kv[0][0], fold(kv[0][1]))):
            if division in CAPITAL_DISTRICTS and "C" in flags:
                flags += "M"
            f.write(f"{division};{name};{population};{flags}\n")

    with open(os.path.join(OUT, "peru-provinces.csv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("ubigeo;departamento;provincia;poblacion\n")
        for code in sorted(provinces):
            d, p, population = provinces[code]
            f.write(f"{code};{d};{p};{population}\n")

    print(f"{len(divisions)} divisions, {len(places)} places; not placed: {len(unmatched)}", file=sys.stderr)
    for name in unmatched:
        print("  " + name, file=sys.stderr)


if __name__ == "__main__":
    main()
