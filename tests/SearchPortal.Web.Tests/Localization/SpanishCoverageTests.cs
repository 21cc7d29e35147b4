using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SearchPortal.Core.Messages;
using SearchPortal.Web.Localization;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Localization;

/// <summary>
/// Issue 15, "Spanish, all of it": a page under /ui/es shows no string of the English tables (the UI's and Core's
/// message templates), in its text or in the attributes a reader or a screen reader meets. The articles' own words
/// (titles, snippets, full text) are left out: they are in the language they were written in.
/// </summary>
public sealed partial class SpanishCoverageTests(ResearcherPortalFactory portal) : IClassFixture<ResearcherPortalFactory>
{
    private static readonly string[] ReadAttributes = ["aria-label", "title", "placeholder", "alt", "aria-description"];

    public static TheoryData<string> SpanishPages => new()
    {
        "/",
        "/?q=trafficking",
        "/?q=trafficing",
        "/?q=%22illegal+mining",
        "/?q=the",
        "/?q=cocaine+Paita",
        "/?q=trafficking&yearFrom=2020&yearTo=2010",
        "/?q=trafficking&region=Peru%2FAtlantis",
        "/?q=cocaine&region=Peru%2FLoreto",
        "/?q=trafficking&size=1000",
        "/?q=illegal&region=Peru%2FPuno&outlet=Convoca",
        "/?q=colour:red",
    };

    [Theory]
    [MemberData(nameof(SpanishPages))]
    public async Task Get_UnderUiEs_ShowsNoEnglishString(string path)
    {
        // Arrange
        var client = portal.CreateClient();
        await client.GetAsync("/ui/es?returnUrl=%2F");

        // Act
        var html = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
        var article = ArticleLink().Match(html) is { Success: true } link
            ? await client.GetStringAsync(WebUtility.HtmlDecode(link.Groups[1].Value))
            : "";

        // Assert
        Assert.Contains("<html lang=\"es\"", html);
        Assert.Empty(EnglishIn(html));
        Assert.Empty(EnglishIn(article));
    }

    [Fact]
    public async Task Get_InEnglish_TheCheckFindsTheEnglishStrings()
    {
        // Act: the same check on English pages, so it is known to see what it looks for.
        var html = await portal.CreateClient().GetStringAsync("/?q=trafficing&yearFrom=2020&yearTo=2010");

        // Assert
        var found = EnglishIn(html);
        Assert.Contains("Trafficking & organized crime in Latin America", found);
        Assert.Contains("Showing results for", found);
        Assert.Contains("must not be after yearTo", found);
    }

    [Fact]
    public async Task Get_UnderUiEs_NamesCountriesInSpanish()
    {
        // Arrange
        var client = portal.CreateClient();
        await client.GetAsync("/ui/es?returnUrl=%2F");

        // Act
        var html = await client.GetStringAsync("/?q=trafficking&region=Peru%2FLoreto");

        // Assert
        Assert.Contains(">Perú</label>", html);
        Assert.Contains("Perú › Loreto", html);
        Assert.DoesNotContain(">Peru</label>", html);
    }

    /// <summary>The English strings (whole, or the literal parts of a template) found in the page's own words.</summary>
    private static List<string> EnglishIn(string html)
    {
        if (html.Length == 0) return [];
        var document = new HtmlParser().ParseDocument(html);
        foreach (var own in document.QuerySelectorAll("script, style, .hit h3, .hit .snippet, .hit .meta, .similar-stories li, .fulltext, article h1, .similar li, label[for^='f-outlet'], code, pre, kbd, body [lang]:not([lang=es])"))
        {
            own.Remove();
        }
        var shown = new List<string> { document.Body?.TextContent ?? "", document.Title ?? "" };
        shown.AddRange(document.All.SelectMany(e => ReadAttributes.Select(e.GetAttribute)).OfType<string>());
        var text = Regex.Replace(string.Join("\n", shown), "\\s+", " ");
        return EnglishPhrases.Where(p => Regex.IsMatch(text, $"(?<![\\p{{L}}]){Regex.Escape(p)}(?![\\p{{L}}])")).ToList();
    }

    private static readonly IReadOnlyList<string> EnglishPhrases = Phrases();

    private static List<string> Phrases()
    {
        var spanish = UiText.ForLanguage("es");
        var english = UiText.EnglishTable
            .Where(e => spanish[e.Key] != e.Value)
            .Select(e => e.Value)
            .Concat(EnglishMessages.Templates.Values);
        return english
            .SelectMany(t => Regex.Split(t, "\\{[0-9][^}]*\\}"))
            .Select(p => p.Trim(' ', '.', ',', ':', ';', '(', ')', '\'', '“', '”', '«', '»'))
            .Where(p => p.Length >= 5 && p.Any(char.IsLetter) && !p.Contains('='))
            .Distinct()
            .ToList();
    }

    [GeneratedRegex("<h3><a href=\"(/articles/[0-9a-f]{16}[^\"]*)\"")]
    private static partial Regex ArticleLink();
}
