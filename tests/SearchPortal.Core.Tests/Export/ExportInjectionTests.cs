using SearchPortal.Core.Export;
using SearchPortal.Core.Highlighting;
using Sylvan.Data.Csv;

namespace SearchPortal.Core.Tests.Export;

/// <summary>Issue 13, findings 3, 5 and 9: no value can leave its field, record or cell, or carry a non-http(s) link.</summary>
public sealed class ExportInjectionTests
{
    private const string EvilOutlet = "X}, url = \"http://evil.example/\", note = feb";

    [Theory]
    [InlineData("Plain title", EvilOutlet)]
    [InlineData("Cartel}}, url = {http://evil.example/}, note = {", "InSight Crime")]
    [InlineData("Back\\}slash\\{ and }{ braces", "Ojo \\} Público")]
    public async Task WriteBibTex_ValueClosingItsField_ClassicBibTexKeepsEveryField(string title, string outlet)
    {
        // Arrange
        var hit = ExportOutput.Hit(title: title, outlet: outlet, published: new DateOnly(2014, 9, 26));

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.BibTex), [hit]);
        var entry = BibTexReader.Parse(text, classic: true).Single(e => e.Type != "comment");

        // Assert: BibTeX 0.99d counts every brace; the entry keeps its own fields and no injected one.
        Assert.Equal("2014", entry.Fields["year"]);
        Assert.Equal("sep", entry.Fields["month"]);
        Assert.Equal(hit.Url, entry.Fields["url"]);
        Assert.False(entry.Fields.ContainsKey("note"));
        Assert.Equal(title, BibTexReader.Unescape(entry.Fields["title"]));
        Assert.Equal(outlet, BibTexReader.Unescape(entry.Fields["journal"]));
    }

    [Fact]
    public async Task WriteRis_TitleWithEveryLineSeparator_StaysOnOneTiLine()
    {
        // Arrange
        var hit = ExportOutput.Hit(title: "A\u2028B\u2029C\u0085D\vE\fF\rG\nH\u001bI", author: "Ana\u2028Pérez");

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Ris), [hit]);

        // Assert
        Assert.Contains("TI  - A B C D E F G H I\r\n", text);
        Assert.Contains("AU  - Ana Pérez\r\n", text);
        var lines = text.Split(['\r', '\n', '\u2028', '\u2029', '\u0085', '\v', '\f'], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\r' and not '\n');
    }

    [Theory]
    [InlineData("Normal;=1+1")]
    [InlineData("Normal; =HYPERLINK(\"http://evil.example\")")]
    [InlineData("a;+cmd|' /C calc'!A0")]
    [InlineData("a;-2+3;@SUM(A1)")]
    [InlineData("a;\t=1+1")]
    [InlineData("=1+1")]
    public async Task WriteCsv_FormulaInAnySemicolonPart_NeutralisedForSemicolonLocales(string title)
    {
        // Arrange
        var hit = ExportOutput.Hit(title: title, outlet: title, author: title);

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [hit]);

        // Assert: Excel with ';' as list separator (es-ES, es-AR) splits the line on every ';', quotes or not.
        var record = text.Split("\r\n")[1];
        var cells = record.Split(';');
        Assert.All(cells, cell => Assert.DoesNotMatch("^[\\s\"]*[=+\\-@]", cell));
        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not '\r' and not '\n');
    }

    [Fact]
    public async Task WriteCsv_ControlCharacters_BecomeSpaces()
    {
        // Arrange
        var hit = ExportOutput.Hit(title: "A\u0000B\u001b[2JC\u0007D", outlet: "O\u009bX");

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [hit]);

        // Assert
        using var csv = CsvDataReader.Create(new StringReader(text));
        csv.Read();
        Assert.Equal("A B [2JC D", csv.GetString(csv.GetOrdinal("title")));
        Assert.Equal("O X", csv.GetString(csv.GetOrdinal("outlet")));
    }

    [Theory]
    [InlineData(ExportFormat.Ris)]
    [InlineData(ExportFormat.BibTex)]
    [InlineData(ExportFormat.CslJson)]
    [InlineData(ExportFormat.Csv)]
    [InlineData(ExportFormat.JsonLines)]
    public async Task Write_HitWithJavascriptUrl_WritesNoSuchLink(ExportFormat format)
    {
        // Arrange: an index built before ingestion checked URLs.
        var hits = new[] { "javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", " vbscript:x" }
            .Select((url, i) => ExportOutput.Hit(url: url, key: $"{i}9618ac110ba321"));

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(format), hits);

        // Assert
        Assert.DoesNotContain("script:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", text, StringComparison.OrdinalIgnoreCase);
        if (format is ExportFormat.Ris or ExportFormat.BibTex or ExportFormat.CslJson)
        {
            Assert.Contains("https://portal.example/articles/09618ac110ba321", text);
        }
    }

    [Fact]
    public void MarkedText_ControlCharactersAndLoneSurrogates_DroppedOrReplacedAndRenderedInert()
    {
        // Arrange
        var text = "a\0b\u001b[2Jc\u0007<d>\te\nf\ud800\uffff😀";

        // Act
        var marked = new MarkedTextBuilder(text.Length).Append(text, 0, text.Length, [new MarkRange(1, 3)], collapseWhitespace: false).ToMarkedText();

        // Assert
        Assert.Equal("ab[2Jc<d>\te\nf\ufffd😀", marked.Text);
        Assert.Equal([new MarkRange(1, 2)], marked.Marks);
        Assert.Equal("a<mark>b</mark>[2Jc&lt;d&gt;\te\nf\ufffd😀", MarkedTextHtml.Render(marked));
    }
}
