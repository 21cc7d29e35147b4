using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Options;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Hosting;

public sealed class HostAllowlistTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/opensearch.xml")]
    [InlineData("/feed.atom")]
    [InlineData("/?q=mining")]
    [InlineData("/api/export?format=csv")]
    [InlineData("/articles/b13400f211e2dfaf")]
    public async Task Get_UnknownHost_Returns400AndNamesItNowhere(string url)
    {
        // Act
        var answer = await portal.SendFrom("192.0.2.100", url, c => c.Request.Host = new Microsoft.AspNetCore.Http.HostString("evil.example"));

        // Assert
        Assert.Equal(400, answer.Status);
        Assert.DoesNotContain("evil.example", answer.Body);
    }

    [Fact]
    public async Task OpenSearch_WithoutPublicBaseUrl_IsNotCachedByProxies()
    {
        // Act
        var response = await portal.CreateClient().GetAsync("/opensearch.xml");

        // Assert
        Assert.True(response.Headers.CacheControl?.Private, response.Headers.CacheControl?.ToString());
        Assert.False(response.Headers.CacheControl?.Public);
    }
}

public sealed class PublicBaseUrlTests(PublicBaseUrlTests.Portal portal) : IClassFixture<PublicBaseUrlTests.Portal>
{
    private const string Base = "https://portal.example.org/research";

    public sealed class Portal : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
        {
            ["SearchPortal:PublicBaseUrl"] = Base + "/",
        };
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("portal.example.org")]
    public async Task OpenSearch_AnyAllowedHost_UsesThePublicBaseUrlAndMayBeCachedPublicly(string host)
    {
        // Act
        var answer = await portal.SendFrom("192.0.2.101", "/opensearch.xml", c => c.Request.Host = new Microsoft.AspNetCore.Http.HostString(host));

        // Assert
        Assert.Equal(200, answer.Status);
        XNamespace ns = "http://a9.com/-/spec/opensearch/1.1/";
        var templates = XDocument.Parse(answer.Body).Root!.Elements(ns + "Url").Select(u => (string)u.Attribute("template")!).ToList();
        Assert.Equal(3, templates.Count);
        Assert.All(templates, t => Assert.StartsWith(Base + "/", t));
        Assert.Equal("public, max-age=86400", answer.Headers.CacheControl.ToString());
    }

    [Fact]
    public async Task ExportFeedAndArticle_AbsoluteUrls_UseThePublicBaseUrl()
    {
        // Arrange
        var client = portal.CreateClient();
        XNamespace atom = "http://www.w3.org/2005/Atom";

        // Act
        var export = await client.GetAsync("/api/export?format=jsonl&q=mining");
        var exported = await export.Content.ReadAsStringAsync();
        var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom?q=mining"));
        var article = await new HtmlParser().ParseDocumentAsync(await client.GetStringAsync("/articles/b13400f211e2dfaf"));
        using var jsonLd = JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent);

        // Assert
        Assert.StartsWith(Base + "/?q=mining", export.Headers.GetValues("X-SearchPortal-Permalink").Single());
        Assert.DoesNotContain("localhost", exported);
        Assert.Contains(Base + "/articles/", exported);
        Assert.StartsWith(Base + "/feed.atom?q=mining", feed.Root!.Element(atom + "id")!.Value);
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.StartsWith(Base + "/articles/", e.Element(atom + "id")!.Value));
        Assert.Equal(Base + "/articles/b13400f211e2dfaf", jsonLd.RootElement.GetProperty("url").GetString());
        Assert.All(article.QuerySelectorAll("p.citation"), p => Assert.Contains(Base + "/articles/b13400f211e2dfaf", p.TextContent));
    }
}

public sealed class OpenHostsTests(OpenHostsTests.Portal portal) : IClassFixture<OpenHostsTests.Portal>
{
    /// <summary>An operator who turned host filtering off and set no public base URL.</summary>
    public sealed class Portal : PortalFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["AllowedHosts"] = "*" };
    }

    [Fact]
    public async Task OpenSearch_AnyHostWithoutPublicBaseUrl_IsNeverCachedPublicly()
    {
        // Act
        var answer = await portal.SendFrom("192.0.2.102", "/opensearch.xml", c => c.Request.Host = new Microsoft.AspNetCore.Http.HostString("evil.example"));

        // Assert
        Assert.Equal(200, answer.Status);
        Assert.Equal("private, max-age=86400", answer.Headers.CacheControl.ToString());
    }
}

public sealed class PublicBaseUrlStartupTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("portal.example.org")]
    [InlineData("https://portal.example.org/?x=1")]
    [InlineData("https://user@portal.example.org")]
    public void Start_InvalidPublicBaseUrl_FailsWithReason(string url)
    {
        // Arrange
        using var portal = new PartnerPortalFactory(new Dictionary<string, string> { ["SearchPortal:PublicBaseUrl"] = url });

        // Act
        var error = Record.Exception(() => portal.CreateClient());

        // Assert
        var validation = Assert.IsType<OptionsValidationException>(error);
        Assert.Contains("SearchPortal:PublicBaseUrl", validation.Message);
    }
}
