using SearchPortal.Core.Export;

namespace SearchPortal.Core.Tests.Export;

public sealed class CitationFormatTests
{
    [Fact]
    public async Task WriteRis_Hit_ParsesBackWithEveryTag()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: "Chris Dalby and Jeremy McDermott", published: new DateOnly(2013, 9, 4));

        // Act
        var record = RisReader.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Ris), [hit])).Single();

        // Assert
        Assert.Equal(["NEWS"], record["TY"]);
        Assert.Equal([CitationKey.For(hit)], record["ID"]);
        Assert.Equal(["Peru Rescues Victims"], record["TI"]);
        Assert.Equal(["Dalby, Chris", "McDermott, Jeremy"], record["AU"]);
        Assert.Equal(["InSight Crime"], record["T2"]);
        Assert.Equal(["2013"], record["PY"]);
        Assert.Equal(["2013/09/04"], record["DA"]);
        Assert.Equal(["en"], record["LA"]);
        Assert.Equal([hit.Url!], record["UR"]);
        Assert.Equal(["Human trafficking", "Shining Path", "Peru/Loreto", "Peru/Madre de Dios"], record["KW"]);
    }

    [Fact]
    public async Task WriteRis_TitleWithLineBreaks_StaysOnOneLine()
    {
        // Arrange
        var hit = ExportOutput.Hit(title: "Line one\r\nER  - line two");

        // Act
        var records = RisReader.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.Ris), [hit, hit]));

        // Assert
        Assert.Equal(2, records.Count);
        Assert.Equal(["Line one ER  - line two"], records[0]["TI"]);
    }

    [Theory]
    [InlineData(@"Back\slash")]
    [InlineData("Braces {and} more }{")]
    [InlineData("100% of 50$ & #1 under_score")]
    [InlineData("Caret ^ and tilde ~")]
    [InlineData("Acentos: minería en Puno, niños")]
    public async Task WriteBibTex_SpecialCharacters_EscapedAndReadBack(string title)
    {
        // Arrange
        var hit = ExportOutput.Hit(title: title, outlet: "Ojo {Público} & Co");

        // Act
        var entry = BibTexReader.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.BibTex), [hit])).Single(e => e.Type != "comment");

        // Assert
        Assert.Equal("article", entry.Type);
        Assert.Equal(title, BibTexReader.Unescape(entry.Fields["title"]));
        Assert.Equal("Ojo {Público} & Co", BibTexReader.Unescape(entry.Fields["journal"]));
        Assert.Equal(CitationKey.For(hit), entry.Key);
    }

    [Fact]
    public async Task WriteBibTex_Hit_WritesAuthorsDateUrlAndLanguage()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: "Marguerite Cawley; Elyssa Pachico", published: new DateOnly(2013, 9, 24));

        // Act
        var entry = BibTexReader.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.BibTex), [hit])).Single(e => e.Type != "comment");

        // Assert
        Assert.Equal("Cawley, Marguerite and Pachico, Elyssa", entry.Fields["author"]);
        Assert.Equal("2013", entry.Fields["year"]);
        Assert.Equal("sep", entry.Fields["month"]);
        Assert.Equal("2013-09-24", entry.Fields["date"]);
        Assert.Equal(hit.Url, entry.Fields["url"]);
        Assert.Equal("english", entry.Fields["language"]);
        Assert.Equal("Human trafficking, Shining Path, Peru/Loreto, Peru/Madre de Dios", entry.Fields["keywords"]);
    }

    [Fact]
    public async Task WriteBibTex_Hit_IsANewspaperArticleNotAJournalArticle()
    {
        // Act
        var entry = BibTexReader.Parse(await ExportOutput.TextAsync(ExportOutput.Header(ExportFormat.BibTex), [ExportOutput.Hit()])).Single(e => e.Type != "comment");

        // Assert: biblatex and Zotero read @article with entrysubtype newspaper as a newspaper article.
        Assert.Equal("article", entry.Type);
        Assert.Equal("newspaper", entry.Fields["entrysubtype"]);
        Assert.Equal("InSight Crime", entry.Fields["journal"]);
    }

    [Fact]
    public async Task WriteBibTex_QueryWithBracesAndAt_CommentStaysOneBalancedBlock()
    {
        // Arrange
        var header = ExportOutput.Header(ExportFormat.BibTex, total: 1) with { Query = "title:{x} user@example.org" };

        // Act
        var entries = BibTexReader.Parse(await ExportOutput.TextAsync(header, [ExportOutput.Hit()]));

        // Assert
        Assert.Equal(["comment", "article"], entries.Select(e => e.Type));
        var comment = entries[0].Raw;
        Assert.Contains("index generation 7 (5 documents", comment, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Filters: region=Peru/Loreto; year=2010..2020", comment);
        Assert.Contains("Permalink: https://portal.example/?q=trata+de+personas&v=7", comment);
        Assert.DoesNotContain("@", comment);
    }

    [Fact]
    public void CitationKey_SameArticle_IsStableAsciiAndDistinguishesByKey()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: "José Núñez", title: "¿Quién financia la minería?", published: new DateOnly(2020, 1, 2));
        var twin = hit with { Key = "ffffffffffffffff" };

        // Act
        var key = CitationKey.For(hit);

        // Assert
        Assert.Equal("nunez2020quien-09618a", key);
        Assert.Equal(key, CitationKey.For(hit with { Score = 9f, Snippets = [] }));
        Assert.NotEqual(key, CitationKey.For(twin));
    }

    [Fact]
    public void CitationKey_NoAuthorNoDate_UsesOutletAndNd()
    {
        // Arrange
        var hit = ExportOutput.Hit(author: null, outlet: "El Comercio", title: "A 2017 report");

        // Act
        var key = CitationKey.For(hit);

        // Assert
        Assert.Equal("el-nd-report-09618a", key);
    }
}
