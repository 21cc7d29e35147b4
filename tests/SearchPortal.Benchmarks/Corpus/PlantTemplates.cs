namespace SearchPortal.Benchmarks.Corpus;

/// <summary>
/// Sentences that carry a planted place ({P}) and/or crime phrase ({C}) into sampled real text. The place
/// mention always follows a preposition and is never followed by a capitalised word, so the region tagger's
/// name-in-a-name guards do not fire.
/// </summary>
internal static class PlantTemplates
{
    private static readonly Dictionary<string, string[]> PlaceOnly = new()
    {
        ["en"] =
        [
            "The case was reported {P}.", "Officials {P} declined to comment on the investigation.",
            "Residents {P} said the situation had worsened in recent months.", "Police {P} confirmed the arrests on Tuesday.",
        ],
        ["es"] =
        [
            "El caso fue reportado {P}.", "Las autoridades {P} no quisieron comentar la investigación.",
            "Los vecinos {P} dijeron que la situación empeoró en los últimos meses.", "La policía {P} confirmó las detenciones el martes.",
        ],
    };

    private static readonly Dictionary<string, string[]> CrimeOnly = new()
    {
        ["en"] =
        [
            "Prosecutors said the network was linked to {C}.", "The report described a sharp rise in {C} over the past decade.",
            "Investigators are looking into allegations of {C}.", "Experts warned that {C} remains a serious problem.",
        ],
        ["es"] =
        [
            "La fiscalía vinculó a la organización con {C}.", "El informe advierte un fuerte aumento de {C} en la última década.",
            "Los investigadores analizan denuncias de {C}.", "Los expertos advierten que {C} sigue siendo un problema grave.",
        ],
    };

    private static readonly Dictionary<string, string[]> Both = new()
    {
        ["en"] = ["Police {P} arrested several suspects in a case of {C}.", "Authorities {P} opened an inquiry into {C}."],
        ["es"] = ["La policía {P} detuvo a varios sospechosos en un caso de {C}.", "Las autoridades {P} abrieron una investigación por {C}."],
    };

    public static string Place(string language, string mention, Random random) =>
        Pick(PlaceOnly[language], random).Replace("{P}", mention, StringComparison.Ordinal);

    public static string Crime(string language, string phrase, Random random) =>
        Pick(CrimeOnly[language], random).Replace("{C}", phrase, StringComparison.Ordinal);

    public static string PlaceAndCrime(string language, string mention, string phrase, Random random) =>
        Pick(Both[language], random).Replace("{P}", mention, StringComparison.Ordinal).Replace("{C}", phrase, StringComparison.Ordinal);

    private static string Pick(string[] options, Random random) => options[random.Next(options.Length)];
}
