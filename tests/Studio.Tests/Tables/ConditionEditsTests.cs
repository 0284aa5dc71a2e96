using ApiStudio.Runtime.Definition;
using ApiStudio.Studio.Tables.Conditions;

namespace ApiStudio.Studio.Tests.Tables;

public sealed class ConditionEditsTests
{
    private static readonly ColumnDefinition Stage = new() { Name = "stage", Type = ColumnType.Text, Enum = ["lead", "won"] };
    private static readonly ColumnDefinition Amount = new() { Name = "amount", Type = ColumnType.Real };

    [Fact]
    public void A_new_comparison_tests_the_first_column_a_client_writes()
    {
        var comparison = ConditionEdits.NewComparison(Samples.Crm.FindTable("notes")!);

        Assert.Equal(new Comparison("dealId", ComparisonOperator.Equal, Operand.Reference("$ctx.userId")), comparison);
    }

    [Fact]
    public void Switching_to_a_list_operator_wraps_the_value_and_back_unwraps_it()
    {
        var single = new Comparison("stage", ComparisonOperator.Equal, Operand.String("won"));

        var list = ConditionEdits.WithOperator(single, ComparisonOperator.NotIn, ColumnType.Text);
        Assert.Equal(Operand.List(Operand.String("won")), list.Value);

        Assert.Equal(Operand.String("won"), ConditionEdits.WithOperator(list, ComparisonOperator.Equal, ColumnType.Text).Value);
    }

    [Fact]
    public void Switching_to_is_null_tests_for_null()
    {
        var isNull = ConditionEdits.WithOperator(new Comparison("stage", ComparisonOperator.Equal, Operand.String("won")), ComparisonOperator.IsNull, ColumnType.Text);

        Assert.Equal(Operand.Boolean(true), isNull.Value);
        Assert.Equal("stage is null", ConditionText.Render(isNull));
    }

    [Fact]
    public void Moving_to_a_numeric_field_reads_the_value_as_a_number()
    {
        var moved = ConditionEdits.WithField(new Comparison("stage", ComparisonOperator.GreaterThan, Operand.String("100")), Amount);

        Assert.Equal(new Comparison("amount", ComparisonOperator.GreaterThan, Operand.NumberText("100")), moved);
        Assert.Equal(Operand.String("lead"), ConditionEdits.SampleValue(Stage));
    }
}
