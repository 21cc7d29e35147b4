using System.Xml.Linq;
using SearchPortal.Web.Embed;
using SearchPortal.Web.Tests.Fixtures;

namespace SearchPortal.Web.Tests.Embed;

public sealed class OpenSearchTests(PartnerPortalFactory portal) : IClassFixture<PartnerPortalFactory>
{
    private static readonly XNamespace Ns = "http://a9.com/-/spec/opensearch/1.1/";

    [Fact]
    public async Task OpenSearchXml_Get_IsValidDescriptionWithTemplates()
    {
        // Arrange
        var client = portal.CreateClient();

        // Act
        var response = await client.GetAsync("/opensearch.xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());

        // Assert
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(Ns + "OpenSearchDescription", document.Root!.Name);
        Assert.InRange(document.Root.Element(Ns + "ShortName")!.Value.Length, 1, 16);
        var templates = document.Root.Elements(Ns + "Url").ToDictionary(u => (string)u.Attribute("type")!, u => (string)u.Attribute("template")!);
        Assert.Equal("http://localhost/?q={searchTerms}", templates["text/html"]);
        Assert.StartsWith("http://localhost/api/search?q={searchTerms}", templates["application/json"]);
        Assert.Equal("http://localhost/opensearch.xml", templates["application/opensearchdescription+xml"]);
    }

    [Fact]
    public void LinkTag_Rendered_PointsAtDescription()
    {
        // Arrange
        using var writer = new StringWriter();

        // Act
        OpenSearch.LinkTag.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        // Assert
        var link = XElement.Parse(writer.ToString().Replace(">", "/>"));
        Assert.Equal("search", (string?)link.Attribute("rel"));
        Assert.Equal("application/opensearchdescription+xml", (string?)link.Attribute("type"));
        Assert.Equal("/opensearch.xml", (string?)link.Attribute("href"));
    }
}
