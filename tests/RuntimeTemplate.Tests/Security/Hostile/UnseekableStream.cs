namespace ApiStudio.Runtime.Tests.Security.Hostile;

/// <summary>A body stream with no length, so the client sends it chunked, without Content-Length.</summary>
public sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
{
    public override bool CanSeek => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }
}
