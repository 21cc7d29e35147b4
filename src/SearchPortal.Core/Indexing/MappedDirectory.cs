using Lucene.Net.Store;

namespace SearchPortal.Core.Indexing;

/// <summary>
/// The searching side's directory: index files memory-mapped and read through <see cref="MappedIndexInput"/>.
/// It replaces Lucene.Net 4.8's MMapDirectory, whose inputs read every byte through a view accessor and track
/// every clone with a GC handle (see <see cref="MappedIndexInput"/>); writing is FSDirectory's. Builds read
/// through <see cref="BuildDirectory"/> instead. Thread-safe, like every Lucene directory; owned by the caller.
/// </summary>
public sealed class MappedDirectory : FSDirectory
{
    public MappedDirectory(string path) : base(new DirectoryInfo(path), null)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        var file = MappedFile.Open(path);
        return new MappedIndexInput($"MappedIndexInput(path=\"{path}\")", file, 0, file.Length, ownsFile: true);
    }

    /// <summary>Slices of a compound file read the one mapping of the whole file, which the slicer owns.</summary>
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        EnsureOpen();
        return new MappedSlicer(Path.Combine(Directory.FullName, name));
    }

    private sealed class MappedSlicer(string path) : IndexInputSlicer
    {
        private readonly MappedFile file = MappedFile.Open(path);

        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedIndexInput($"MappedIndexInput({sliceDescription} in path=\"{path}\" slice={offset}:{offset + length})", file, offset, length, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing) file.Dispose();
        }
    }
}
