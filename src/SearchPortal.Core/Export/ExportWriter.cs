using System.Buffers;
using System.Text;
using SearchPortal.Core.Search;

namespace SearchPortal.Core.Export;

/// <summary>
/// Writes one export file to a stream: a start (header, BOM, opening bracket), one record per hit, an
/// end. Records are encoded into a small buffer that is written to the stream asynchronously whenever
/// it fills, so the writer never holds more than a few records, and ASP.NET's ban on synchronous
/// response writes is respected. One instance per file; not thread-safe.
/// </summary>
public abstract class ExportWriter
{
    private const int DrainThreshold = 32 * 1024;

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(DrainThreshold * 2);
    private ExportHeader? _header;

    protected ExportWriter(Stream output) => _output = output;

    /// <summary>The header given to <see cref="WriteStartAsync"/>.</summary>
    protected ExportHeader Header => _header ?? throw new InvalidOperationException("WriteStartAsync was not called.");

    /// <summary>Where subclasses encode their bytes; see <see cref="Append(string)"/>.</summary>
    protected IBufferWriter<byte> Buffer => _buffer;

    public static ExportWriter Create(ExportFormat format, Stream output) => format switch
    {
        ExportFormat.Csv => new CsvExportWriter(output),
        ExportFormat.CsvSemicolon => new CsvExportWriter(output, ';'),
        ExportFormat.JsonLines => new JsonLinesExportWriter(output),
        ExportFormat.Ris => new RisExportWriter(output),
        ExportFormat.BibTex => new BibTexExportWriter(output),
        ExportFormat.CslJson => new CslJsonExportWriter(output),
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public async Task WriteStartAsync(ExportHeader header, CancellationToken cancellation = default)
    {
        _header = header;
        WriteStart();
        await DrainAsync(cancellation);
    }

    public ValueTask WriteAsync(SearchHit hit, CancellationToken cancellation = default)
    {
        WriteRecord(hit);
        return _buffer.WrittenCount >= DrainThreshold ? DrainAsync(cancellation) : ValueTask.CompletedTask;
    }

    public async Task WriteEndAsync(CancellationToken cancellation = default)
    {
        WriteEnd();
        await DrainAsync(cancellation);
        await _output.FlushAsync(cancellation);
    }

    protected abstract void WriteStart();

    protected abstract void WriteRecord(SearchHit hit);

    protected virtual void WriteEnd()
    {
    }

    protected void Append(string text) => Encoding.UTF8.GetBytes(text, _buffer);

    protected void Append(StringBuilder text)
    {
        foreach (var chunk in text.GetChunks()) Encoding.UTF8.GetBytes(chunk.Span, _buffer);
    }

    private async ValueTask DrainAsync(CancellationToken cancellation)
    {
        if (_buffer.WrittenCount == 0) return;
        await _output.WriteAsync(_buffer.WrittenMemory, cancellation);
        _buffer.ResetWrittenCount();
    }
}
