using System.IO.MemoryMappedFiles;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// One index file mapped read-only into memory, shared by the <see cref="MappedIndexInput"/> opened on it and all
/// its clones and slices. The file handle is closed as soon as the view exists (the view stays valid on its own);
/// the view is unmapped when the owner disposes it. Inputs check <see cref="IsClosed"/> before every read, so a
/// clone used after its file was closed (which Lucene's reader reference counting never does) throws instead of
/// reading unmapped memory. Thread-safe: the mapping is read-only.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedViewAccessor? _view;
    private int _closed;

    private MappedFile(MemoryMappedViewAccessor? view, byte* start, long length)
    {
        _view = view;
        Start = start;
        Length = length;
    }

    /// <summary>The first byte of the file (null for an empty file).</summary>
    public byte* Start { get; }

    public long Length { get; }

    public bool IsClosed => Volatile.Read(ref _closed) != 0;

    public static MappedFile Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = stream.Length;
        // An empty file cannot be mapped, and has nothing to read.
        if (length == 0) return new MappedFile(null, null, 0);
        using var mapping = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
        var view = mapping.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
        byte* start = null;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
        return new MappedFile(view, start + view.PointerOffset, length);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0 || _view is null) return;
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }
}
