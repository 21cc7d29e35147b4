using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Pages;

/// <summary>The concept terms a search adds, as API data and as removable chips on the results page (issue 16).</summary>
public sealed class AddedTermsTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Search_ConceptQuery_ReturnsTheAddedTermsAsData()
    {
        // Act
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/search?q=illegal+mining"));

        // Assert
        var added = json.RootElement.GetProperty("addedTerms").EnumerateArray().ToList();
        Assert.Contains(added, t => t.GetProperty("term").GetString() == "minería ilegal"
            && t.GetProperty("language").GetString() == "es" && t.GetProperty("concept").GetString() == "Illegal mining");
        Assert.Contains(added, t => t.GetProperty("language").GetString() == "pt");
    }

    [Fact]
    public async Task Search_ExcludedTerm_IsNeitherAddedNorNamed()
    {
        // Act
        using var json = JsonDocument.Parse(await portal.CreateClient().GetStringAsync("/api/search?q=illegal+mining&exclude=mineria+ilegal"));

        // Assert
        var root = json.RootElement;
        Assert.DoesNotContain(root.GetProperty("addedTerms").EnumerateArray(), t => t.GetProperty("term").GetString() == "minería ilegal");
        Assert.DoesNotContain(root.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("«minería ilegal»", StringComparison.Ordinal));
        Assert.Contains(root.GetProperty("addedTerms").EnumerateArray(), t => t.GetProperty("term").GetString() == "minería informal");
    }

    [Fact]
    public async Task Search_TooManyExcludedTerms_Returns400WithReason()
    {
        // Arrange
        var excluded = string.Concat(Enumerable.Range(0, 101).Select(i => $"&exclude=t{i}"));

        // Act
        var response = await portal.CreateClient().GetAsync("/api/search?q=mining" + excluded);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("100", json.RootElement.GetProperty("errors").GetProperty("exclude")[0].GetString());
    }

    [Theory]
    [InlineData("en", "Remove minería ilegal from this search", "Also searched:")]
    [InlineData("es", "Quitar minería ilegal de esta búsqueda", "También se buscó:")]
    public async Task Get_ConceptQuery_ShowsEachAddedTermAsARemovableChipInsteadOfTheNotice(string language, string label, string heading)
    {
        // Arrange
        var client = portal.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/?q=illegal+mining"));

        // Assert
        var group = page.QuerySelector(".added-terms")!;
        Assert.Contains(heading, group.TextContent);
        var chip = group.QuerySelectorAll("a.chip").Single(a => a.GetAttribute("aria-label") == label);
        Assert.Equal("/?q=illegal%20mining&exclude=miner%C3%ADa%20ilegal", chip.GetAttribute("href"));
        Assert.DoesNotContain(page.QuerySelectorAll("p.notice"), p => p.TextContent.Contains("«minería ilegal»", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ExcludedTerm_IsOfferedBackAndCarriedByOtherLinks()
    {
        // Act
        var page = await new HtmlParser().ParseDocumentAsync(await portal.CreateClient().GetStringAsync("/?q=illegal+mining&exclude=minería+ilegal"));

        // Assert
        var chips = page.QuerySelectorAll(".added-terms a.chip").ToList();
        Assert.DoesNotContain(chips, a => a.GetAttribute("aria-label") == "Remove minería ilegal from this search");
        var restore = Assert.Single(chips, a => a.ClassList.Contains("removed"));
        Assert.Equal("/?q=illegal%20mining", restore.GetAttribute("href"));
        Assert.Contains(chips, a => a.GetAttribute("href")!.Contains("exclude=miner%C3%ADa%20ilegal&exclude=", StringComparison.Ordinal));
    }
}
