using ApiStudio.Runtime.Endpoints;

namespace ApiStudio.Runtime.Tests.Endpoints;

public class PooledBodyTests
{
    [Fact]
    public void Body_larger_than_its_first_buffer_keeps_every_byte_in_order()
    {
        using var body = new PooledBody();
        var expected = Enumerable.Range(0, 100_000).Select(i => (byte)(i % 251)).ToArray();
        for (var offset = 0; offset < expected.Length; offset += 777)
        {
            var chunk = expected.AsSpan(offset, Math.Min(777, expected.Length - offset));
            chunk.CopyTo(body.GetSpan(chunk.Length));
            body.Advance(chunk.Length);
        }

        Assert.Equal(expected, body.Written.ToArray());
    }

    [Fact]
    public void Advancing_past_the_memory_handed_out_throws()
    {
        using var body = new PooledBody();
        var length = body.GetSpan().Length;

        Assert.Throws<InvalidOperationException>(() => body.Advance(length + 1));
    }

    [Fact]
    public void Disposed_body_refuses_more_writes()
    {
        var body = new PooledBody();
        body.Dispose();
        body.Dispose();

        Assert.Throws<ObjectDisposedException>(() => body.GetSpan());
    }
}
