using System.Text;
using SearchPortal.Core.Export;
using Sylvan.Data.Csv;

namespace SearchPortal.Core.Tests.Export;

public sealed class CsvExportTests
{
    [Fact]
    public async Task Write_Hits_StartsWithBomThenHeaderRowEndingInCrlf()
    {
        // Arrange
        var header = ExportOutput.Header(ExportFormat.Csv);

        // Act
        var bytes = await ExportOutput.BytesAsync(header, [ExportOutput.Hit()]);

        // Assert
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("rank,id,title,outlet,author,published,language,regions,regionMentions,crimeTypes,crimeTypeMentions,groups,groupMentions,url,articleUrl,score,snippet\r\n", text);
    }

    [Fact]
    public async Task Write_CommasQuotesAndLineBreaks_ParseBackUnchanged()
    {
        // Arrange
        var title = "Gold, \"blood\" and\nrivers: mining in Madre de Dios";
        var hit = ExportOutput.Hit(title: title, author: "Cawley, Marguerite", published: new DateOnly(2013, 9, 24));

        // Act
        var rows = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [hit, hit]));

        // Assert
        Assert.Equal(2, rows.Count);
        Assert.Equal(title, rows[0]["title"]);
        Assert.Equal("Cawley, Marguerite", rows[0]["author"]);
        Assert.Equal("2013-09-24", rows[0]["published"]);
        Assert.Equal(hit.Id, rows[1]["id"]);
    }

    [Fact]
    public async Task Write_MultiValuedFields_JoinedWithSemicolonAndSpace()
    {
        // Act
        var row = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [ExportOutput.Hit()])).Single();

        // Assert
        Assert.Equal("Peru/Loreto; Peru/Madre de Dios", row["regions"]);
        Assert.Equal("Brazil/Amazonas; Peru/Loreto; Peru/Madre de Dios", row["regionMentions"]);
        Assert.Equal("Human trafficking", row["crimeTypes"]);
        Assert.Equal("Human trafficking; Illegal mining", row["crimeTypeMentions"]);
        Assert.Equal("Shining Path", row["groups"]);
        Assert.Equal("Shining Path; Tren de Aragua", row["groupMentions"]);
    }

    [Fact]
    public async Task Write_HighlightedSnippet_IsPlainTextWithoutMarks()
    {
        // Arrange
        var hit = ExportOutput.Hit(snippets: [new("A raid in \"La Pampa\" & Puno…", [new(2, 6)]), new("…Raid <2>", [new(1, 5)])]);

        // Act
        var row = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [hit])).Single();

        // Assert
        Assert.Equal("A raid in \"La Pampa\" & Puno… …Raid <2>", row["snippet"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1 rescued")]
    [InlineData("-5 percent")]
    [InlineData("@SUM(A1)")]
    public async Task Write_FormulaLikeTitle_IsPrefixedWithApostrophe(string title)
    {
        // Act
        var row = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [ExportOutput.Hit(title: title)])).Single();

        // Assert
        Assert.Equal("'" + title, row["title"]);
    }

    [Fact]
    public async Task Write_MissingOptionalFields_LeavesCellsEmpty()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: null, outlet: null, url: null, snippets: []);

        // Act
        var row = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [hit])).Single();

        // Assert
        Assert.Equal("", row["author"]);
        Assert.Equal("", row["outlet"]);
        Assert.Equal("", row["published"]);
        Assert.Equal("", row["url"]);
        Assert.Equal("", row["snippet"]);
    }

    [Fact]
    public async Task Write_Hits_CarriesRankPortalLinkAndScoreLikeJsonLines()
    {
        // Arrange
        var first = ExportOutput.Hit(title: "First");
        var second = ExportOutput.Hit(title: "Second");

        // Act
        var rows = Rows(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Csv), [first, second]));

        // Assert
        Assert.Equal(["1", "2"], rows.Select(r => r["rank"]));
        Assert.Equal("https://portal.example/articles/" + first.Key, rows[0]["articleUrl"]);
        Assert.Equal(first.Score, double.Parse(rows[0]["score"], System.Globalization.CultureInfo.InvariantCulture), 6);
    }

    [Fact]
    public async Task Write_SemicolonVariant_ParsesBackWithSemicolonDelimiter()
    {
        // Arrange
        var hit = ExportOutput.Hit(title: "Oro; mercurio, y ríos", author: "Cawley, Marguerite");

        // Act
        var text = await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.CsvSemicolon), [hit]);
        var rows = Rows(text, ';');

        // Assert
        Assert.StartsWith("rank;id;title;", text);
        Assert.Equal("Oro; mercurio, y ríos", rows[0]["title"]);
        Assert.Equal("Cawley, Marguerite", rows[0]["author"]);
    }

    internal static List<Dictionary<string, string>> Rows(string csv, char delimiter = ',')
    {
        using var reader = CsvDataReader.Create(new StringReader(csv), new CsvDataReaderOptions { Delimiter = delimiter });
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, string>();
            for (var i = 0; i < reader.FieldCount; i++) row[reader.GetName(i)] = reader.GetString(i);
            rows.Add(row);
        }
        return rows;
    }
}
