namespace PiCluster.Lab.Simulator.MicroK8s;

/// <summary>What dbctl.py dies with when `tarfile.open(file, "r:gz")` cannot read the backup: Python 3.8 of the core20 snaps
/// (line numbers of CPython 3.8.18), the exception chained the way tarfile raises it.</summary>
public sealed class DbctlTraceback(int revision)
{
    const string During = "\nDuring handling of the above exception, another exception occurred:\n\n";

    string Lib => $"/snap/microk8s/{revision}/usr/lib/python3.8";

    public string Missing(string file) =>
        Head() + Open() + Tar(1847, "gzopen", "fileobj = GzipFile(name, mode + \"b\", compresslevel, fileobj)")
        + Frame($"{Lib}/gzip.py", 173, "__init__", "fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')")
        + $"FileNotFoundError: [Errno 2] No such file or directory: {PythonRepr.Str(file)}";

    public string NotGzip(byte[] magic) =>
        "Traceback (most recent call last):\n" + Tar(1854, "gzopen", "t = cls.taropen(name, mode, fileobj, **kwargs)")
        + Tar(1831, "taropen", "return cls(name, mode, fileobj, **kwargs)") + Tar(1694, "__init__", "self.firstmember = self.next()")
        + Tar(2578, "next", "tarinfo = self.tarinfo.fromtarfile(self)") + Tar(1282, "fromtarfile", "buf = tarfile.fileobj.read(BLOCKSIZE)")
        + Frame($"{Lib}/gzip.py", 292, "read", "return self._buffer.read(size)")
        + Frame($"{Lib}/_compression.py", 68, "readinto", "data = self.read(len(byte_view))")
        + Frame($"{Lib}/gzip.py", 479, "read", "if not self._read_gzip_header():")
        + Frame($"{Lib}/gzip.py", 427, "_read_gzip_header", "raise BadGzipFile('Not a gzipped file (%r)' % magic)")
        + $"gzip.BadGzipFile: Not a gzipped file ({PythonRepr.Bytes(magic)})\n" + During
        + Head() + Open() + Tar(1858, "gzopen", "raise ReadError(\"not a gzip file\")") + "tarfile.ReadError: not a gzip file";

    /// <summary>A gzip stream cut short or corrupt.</summary>
    public string Corrupt() =>
        Head() + Open() + TarInit() + Tar(2578, "next", "tarinfo = self.tarinfo.fromtarfile(self)")
        + Tar(1282, "fromtarfile", "buf = tarfile.fileobj.read(BLOCKSIZE)")
        + Frame($"{Lib}/gzip.py", 292, "read", "return self._buffer.read(size)")
        + Frame($"{Lib}/_compression.py", 68, "readinto", "data = self.read(len(byte_view))")
        + Frame($"{Lib}/gzip.py", 498, "read", "raise EOFError(\"Compressed file ended before the \"")
        + "EOFError: Compressed file ended before the end-of-stream marker was reached";

    /// <summary>Gzip holding something that is no tar: nothing ("empty file"), less than a block ("truncated header"), or a first
    /// block that is no tar header ("invalid header" when its checksum field is not octal, else "bad checksum").</summary>
    public string NotTar(int length, bool octalChecksum, string checksumField)
    {
        var first = "Traceback (most recent call last):\n" + Tar(2578, "next", "tarinfo = self.tarinfo.fromtarfile(self)")
            + Tar(1283, "fromtarfile", "obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)");
        var (chain, raise, message) = length switch
        {
            0 => (first + Tar(1219, "frombuf", "raise EmptyHeaderError(\"empty header\")") + "tarfile.EmptyHeaderError: empty header\n",
                Tar(2593, "next", "raise ReadError(\"empty file\")"), "empty file"),
            < 512 => (first + Tar(1221, "frombuf", "raise TruncatedHeaderError(\"truncated header\")") + "tarfile.TruncatedHeaderError: truncated header\n",
                Tar(2596, "next", "raise ReadError(str(e))"), "truncated header"),
            _ when octalChecksum => (first + Tar(1227, "frombuf", "raise InvalidHeaderError(\"bad checksum\")") + "tarfile.InvalidHeaderError: bad checksum\n",
                Tar(2590, "next", "raise ReadError(str(e))"), "bad checksum"),
            _ => ("Traceback (most recent call last):\n" + Tar(191, "nti", "n = int(s.strip() or \"0\", 8)")
                + $"ValueError: invalid literal for int() with base 8: {PythonRepr.Str(checksumField)}\n" + During
                + first + Tar(1225, "frombuf", "chksum = nti(buf[148:156])") + Tar(193, "nti", "raise InvalidHeaderError(\"invalid header\")")
                + "tarfile.InvalidHeaderError: invalid header\n",
                Tar(2590, "next", "raise ReadError(str(e))"), "invalid header"),
        };
        return chain + During + Head() + Open() + TarInit() + raise + $"tarfile.ReadError: {message}";
    }

    string Head() =>
        "Traceback (most recent call last):\n"
        + Frame($"/snap/microk8s/{revision}/scripts/wrappers/dbctl.py", 159, "<module>", "restore(fname, args.debug)")
        + Frame($"/snap/microk8s/{revision}/scripts/wrappers/dbctl.py", 112, "restore", "with tarfile.open(fname_tar, \"r:gz\") as tar:");

    string Open() => Tar(1801, "open", "return func(name, filemode, fileobj, **kwargs)");

    string TarInit() =>
        Tar(1854, "gzopen", "t = cls.taropen(name, mode, fileobj, **kwargs)") + Tar(1831, "taropen", "return cls(name, mode, fileobj, **kwargs)")
        + Tar(1694, "__init__", "self.firstmember = self.next()");

    string Tar(int line, string function, string code) => Frame($"{Lib}/tarfile.py", line, function, code);

    static string Frame(string file, int line, string function, string code) =>
        $"  File \"{file}\", line {line}, in {function}\n    {code}\n";
}
