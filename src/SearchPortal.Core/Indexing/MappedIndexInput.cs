using System.Buffers.Binary;
using Lucene.Net.Store;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// Reads a range of a <see cref="MappedFile"/> straight from the mapped memory: one bounds check and a load per
/// read, where Lucene.Net 4.8's MMapDirectory goes through a view accessor that takes and releases a handle
/// reference for every byte. Clones are plain copies of the position and are not tracked: that MMapDirectory
/// registers every clone in a ConditionalWeakTable, one GC handle per clone, and a query clones its inputs per
/// term and segment, so every garbage collection got slower the longer a process searched. Like every Lucene
/// input, an instance is used by one thread at a time (clone it for another); only the input opened by
/// <see cref="MappedDirectory"/> owns the file and unmaps it when disposed.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly MappedFile _file;
    private readonly byte* _start;
    private readonly long _length;
    private bool _ownsFile;
    private long _position;

    public MappedIndexInput(string description, MappedFile file, long offset, long length, bool ownsFile)
        : base(description)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"slice {offset}+{length} out of bounds of {file.Length} bytes: {description}");
        }
        _file = file;
        _start = file.Start + offset;
        _length = length;
        _ownsFile = ownsFile;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        EnsureOpen();
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"seek to {pos} past EOF ({_length}): {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        EnsureOpen();
        if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Next(len).CopyTo(b.AsSpan(offset, len));

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Next(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Next(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Next(sizeof(long)));

    public override int ReadVInt32()
    {
        EnsureOpen();
        var value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
            var b = _start[_position++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80) return shift == 28 && b > 0x0F ? throw new IOException("Invalid vInt detected (too many bits)") : value;
        }
        throw new IOException("Invalid vInt detected (too many bits)");
    }

    public override long ReadVInt64()
    {
        EnsureOpen();
        var value = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            if (_position >= _length) throw new EndOfStreamException($"read past EOF: {this}");
            var b = _start[_position++];
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80) return value;
        }
        throw new IOException("Invalid vLong detected (negative values disallowed)");
    }

    public override void SkipBytes(long numBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numBytes);
        Seek(_position + numBytes);
    }

    public override object Clone()
    {
        EnsureOpen();
        var clone = (MappedIndexInput)base.Clone();
        clone._ownsFile = false;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _ownsFile) _file.Dispose();
    }

    private ReadOnlySpan<byte> Next(int count)
    {
        EnsureOpen();
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > _length - _position) throw new EndOfStreamException($"read past EOF: {this}");
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_file.IsClosed, this);
}
