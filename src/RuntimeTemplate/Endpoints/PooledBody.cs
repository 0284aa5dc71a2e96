using System.Buffers;

namespace ApiStudio.Runtime.Endpoints;

/// <summary>
/// A response body as it is written: bytes in arrays rented from the shared pool rather than a string per
/// response. <see cref="Dispose"/> returns the array once the body is sent.
/// </summary>
public sealed class PooledBody : IBufferWriter<byte>, IDisposable
{
    // A single record fits in the first array; a page of 50 needs one or two larger ones.
    private const int InitialSize = 16 * 1024;

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialSize);
    private int written;

    public ReadOnlyMemory<byte> Written => buffer.AsMemory(0, written);

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (written + count > buffer.Length)
        {
            throw new InvalidOperationException("Advanced past the end of the buffer.");
        }

        written += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsMemory(written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return buffer.AsSpan(written);
    }

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        written = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private void Reserve(int sizeHint)
    {
        ObjectDisposedException.ThrowIf(buffer.Length == 0, this);
        var needed = Math.Max(sizeHint, 1);
        if (buffer.Length - written >= needed)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, written + needed));
        buffer.AsSpan(0, written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = larger;
    }
}
