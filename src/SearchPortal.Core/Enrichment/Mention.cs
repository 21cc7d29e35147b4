using System.Globalization;

namespace SearchPortal.Core.Enrichment;

/// <summary>
/// A matched place name in a text (words <see cref="Start"/> to Start + <see cref="Length"/>) and the
/// cues around it: capitalisation, context words, and whether it looks like part of a person's name.
/// </summary>
internal readonly record struct Mention(string Text, IReadOnlyList<WordToken> Tokens, string[] Keys, int Start, int Length)
{
    private static readonly HashSet<string> Connectors = ["de", "del", "la", "las", "los", "el", "y", "e", "a", "and", "of", "the", "da", "do", "das", "dos"];

    private static readonly HashSet<string> BlockedBefore =
        [
            "rio", "river", "avenida", "avenue", "av", "calle", "jiron", "universidad", "university", "colegio", "estadio", "hotel", "club",
            "hospital", "banco", "diario", "radio", "barrio", "colonia", "sector", "vereda", "corregimiento", "comuna", "bairro", "favela",
        ];

    private static readonly HashSet<string> BlockedAfter =
        ["river", "street", "avenue", "university", "accord", "declaration", "protocol", "fc", "corp", "corporation", "inc", "ltd", "llc", "plc", "bank", "airlines", "airways", "county"];

    private static readonly HashSet<string> OrganisationBefore = ["cartel", "clan", "grupo", "banda", "pandilla"];

    private static readonly HashSet<string> OrganisationAfter = ["cartel", "group", "gang"];

    private static readonly HashSet<string> ContextAfter = ["province", "provincia", "region", "department", "departamento", "city", "state", "estado"];

    private static readonly HashSet<string> Of = ["de", "del", "of", "do", "da"];

    private static readonly HashSet<string> SpeechVerbs =
    [
        "said", "says", "told", "added", "explained", "noted", "stated", "warned", "argued", "insisted",
        "dijo", "afirmo", "senalo", "declaro", "explico", "aseguro", "indico", "agrego", "anadio", "sostuvo", "advirtio", "disse", "afirmou",
    ];

    private static readonly HashSet<string> FreeBefore =
    [
        "in", "at", "of", "on", "to", "from", "for", "and", "or", "the", "near", "across", "into", "between", "within",
        "throughout", "toward", "towards", "via", "around", "en", "de", "del", "la", "el", "los", "las", "y", "e", "o",
        "desde", "hacia", "hasta", "por", "para", "con", "entre", "sobre", "a", "al",
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
        "northeastern", "northwestern", "southeastern", "southwestern", "norte", "sur", "greater", "metropolitan",
    ];

    private static readonly HashSet<string> Locatives = ["in", "at", "near", "from", "to", "into", "across", "en", "desde", "hacia", "cerca", "em", "no", "na"];

    private int End => Start + Length;

    /// <summary>The folded words of the name, space-separated: the same for every spelling of it.</summary>
    public string Key => string.Join(' ', Keys, Start, Length);

    /// <summary>Every word of the name that is not a connector ("de", "la") starts upper case, as names do.</summary>
    public bool IsCapitalised()
    {
        for (var i = Start; i < End; i++)
        {
            if ((i == Start || !Connectors.Contains(Keys[i])) && !StartsUpper(Text, Tokens[i].Start)) return false;
        }
        return true;
    }

    /// <summary>Every letter of the name's line is a capital: a headline in capitals, where "ICA" may be the place.</summary>
    public bool InUpperCaseLine()
    {
        var position = Tokens[Start].Start;
        var from = Text.LastIndexOf('\n', position) + 1;
        var to = Text.IndexOf('\n', position);
        for (var i = from; i < (to < 0 ? Text.Length : to); i++)
        {
            if (char.IsLower(Text[i])) return false;
        }
        return true;
    }

    /// <summary>The name is written in capitals ("VRAEM", "CASOS EN HUANUCO").</summary>
    public bool IsUpperCase()
    {
        for (var i = Start; i < End; i++)
        {
            var token = Tokens[i];
            for (var c = token.Start; c < token.End; c++)
            {
                if (char.IsLower(Text[c])) return false;
            }
        }
        return true;
    }

    public MentionContext Context()
    {
        var (before2, before1, after) = (WordBefore(2), WordBefore(1), WordAfter());
        var ofBefore = before1 is not null && Of.Contains(before1);
        string? Head(params string[] words) => words.Contains(before1) ? before1 : ofBefore && words.Contains(before2) ? before2 : null;
        var context = MentionContext.None;
        if (Head("provincia", "province") is not null || after is "province" or "provincia") context |= MentionContext.Province;
        if ((ofBefore && before2 is "city" or "ciudad" or "cidade" or "town" or "municipio" or "municipality" or "municipalidad") || after == "city")
            context |= MentionContext.City;
        if (Head("region") is not null || after == "region") context |= MentionContext.Region;
        if (Head("estado", "state") is not null || after is "state") context |= MentionContext.State;
        if (Head("departamento", "department") is not null || after is "department" or "departamento") context |= MentionContext.Department;
        if (ofBefore && before2 is "governor" or "gobernador" or "gobernadora" or "gobernacion" or "governador" || after == "governor")
            context |= MentionContext.Governor;
        if (ofBefore && before2 is "mayor" or "alcalde" or "alcaldesa" or "alcaldia" or "prefeito" or "prefeita") context |= MentionContext.Mayor;
        if (BlockedBefore.Contains(before1 ?? "") || BlockedAfter.Contains(after ?? "")) context |= MentionContext.Blocked;
        if ((ofBefore && OrganisationBefore.Contains(before2 ?? "")) || OrganisationAfter.Contains(after ?? "")) context |= MentionContext.Organisation;
        return context;
    }

    /// <summary>At the start of a sentence or in a title-case headline, where every word is capitalised anyway.</summary>
    public bool IsCapitalisedAnyway() => StartsSentence(Tokens[Start].Start) || InHeadline();

    /// <summary>"Guerrero said", "Lima dijo": the name is a person speaking.</summary>
    public bool PrecedesSpeechVerb() => WordAfter() is { } after && SpeechVerbs.Contains(after);

    /// <summary>"in Lima", "desde Trujillo": a preposition of place directly before the name.</summary>
    public bool FollowsLocative() => WordBefore(1) is { } before && Locatives.Contains(before);

    /// <summary>True when a capitalised word follows the name, directly or after "de"/"of", as in "Santa Fe", "Bolívar Street", "Salto del Guairá".</summary>
    public bool PrecedesCapitalisedWord()
    {
        var next = End;
        if (next + 1 < Tokens.Count && Of.Contains(Keys[next]) && IsSpace(Tokens[next - 1].End, Tokens[next].Start)) next++;
        return next < Tokens.Count && IsSpace(Tokens[next - 1].End, Tokens[next].Start) && StartsUpper(Text, Tokens[next].Start)
            && !ContextAfter.Contains(Keys[next]) && !InHeadline();
    }

    /// <summary>
    /// True when the name directly follows a capitalised word that neither starts a sentence nor is a
    /// preposition or direction: "Vieira Lima", "Rafael Trujillo", "TV Peru". Headlines in title case are exempt.
    /// </summary>
    public bool FollowsCapitalisedWord()
    {
        if (Start == 0) return false;
        var previous = Tokens[Start - 1];
        if (!IsSpace(previous.End, Tokens[Start].Start) || !StartsUpper(Text, previous.Start)) return false;
        if (FreeBefore.Contains(Keys[Start - 1]) || StartsSentence(previous.Start)) return false;
        return !InHeadline();
    }

    private string? WordBefore(int distance)
    {
        for (var i = Start - distance; i < Start; i++)
        {
            if (i < 0 || !IsSpace(Tokens[i].End, Tokens[i + 1].Start)) return null;
        }
        return Keys[Start - distance];
    }

    private string? WordAfter() =>
        End < Tokens.Count && IsSpace(Tokens[End - 1].End, Tokens[End].Start) ? Keys[End] : null;

    private static bool StartsUpper(string text, int index) =>
        char.GetUnicodeCategory(text[index]) == UnicodeCategory.UppercaseLetter;

    /// <summary>Spaces, with at most one line break (hard-wrapped text): a blank line ends the name's phrase.</summary>
    private bool IsSpace(int from, int to)
    {
        var breaks = 0;
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(Text[i]) || (Text[i] == '\n' && ++breaks > 1)) return false;
        }
        return true;
    }

    private bool StartsSentence(int position)
    {
        for (var i = position - 1; i >= 0; i--)
        {
            var c = Text[i];
            if (c is '.' or '!' or '?' or ':' or ';' or '\n' or '•') return true;
            if (!char.IsWhiteSpace(c) && !char.IsPunctuation(c)) return false;
        }
        return true;
    }

    private bool InHeadline()
    {
        var position = Tokens[Start].Start;
        var lineStart = Text.LastIndexOf('\n', position) + 1;
        var lineEnd = Text.IndexOf('\n', position);
        if (lineEnd < 0) lineEnd = Text.Length;
        var (words, capitalised) = (0, 0);
        for (var i = FirstTokenAtOrAfter(lineStart); i < Tokens.Count && Tokens[i].Start < lineEnd; i++)
        {
            var token = Tokens[i];
            if (token.End > lineEnd || token.End - token.Start < 4 || !char.IsLetter(Text[token.Start])) continue;
            words++;
            if (StartsUpper(Text, token.Start)) capitalised++;
        }
        return words >= 3 && capitalised >= 0.8 * words;
    }

    /// <summary>Tokens are in text order: binary search instead of scanning the whole article per mention.</summary>
    private int FirstTokenAtOrAfter(int position)
    {
        var (low, high) = (0, Tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Start < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
