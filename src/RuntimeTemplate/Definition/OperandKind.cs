namespace ApiStudio.Runtime.Definition;

public enum OperandKind
{
    Null,
    String,
    Number,
    Boolean,
    List,

    /// <summary>A name resolved when the request runs: <c>$ctx.userId</c>, <c>$input.stage</c>, <c>$now</c>.</summary>
    Reference,
}
