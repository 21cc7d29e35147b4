namespace SearchPortal.Core.Tests.Export;

/// <summary>
/// A write-only sink that keeps nothing: it counts bytes and CRLF-terminated lines and, every
/// <c>sampleEvery</c> bytes, records the live managed heap after a full collection, so a test can
/// read the high-water mark of memory while an export streams through it.
/// </summary>
internal sealed class SamplingStream(long sampleEvery) : Stream
{
    private readonly long _sampleEvery = sampleEvery;
    private long _nextSample = sampleEvery;
    private byte _previous;

    public long Bytes { get; private set; }

    public long Lines { get; private set; }

    public int Samples { get; private set; }

    public long PeakLiveBytes { get; private set; }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => Bytes;

    public override long Position { get => Bytes; set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        foreach (var b in buffer)
        {
            if (b == '\n' && _previous == '\r') Lines++;
            _previous = b;
        }
        Bytes += buffer.Length;
        if (Bytes < _nextSample) return;
        _nextSample += _sampleEvery;
        Samples++;
        PeakLiveBytes = Math.Max(PeakLiveBytes, GC.GetTotalMemory(forceFullCollection: true));
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
