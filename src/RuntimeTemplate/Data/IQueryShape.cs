namespace ApiStudio.Runtime.Data;

/// <summary>Filters, orders and pages a table query in SQL; written generically so it fits any entity type.</summary>
public interface IQueryShape
{
    /// <summary>Everything but paging: filters and conditions (used for counts too).</summary>
    IQueryable<T> Filter<T>(IQueryable<T> query) where T : class;

    /// <summary>Order and page of an already filtered query.</summary>
    IQueryable<T> OrderAndPage<T>(IQueryable<T> query) where T : class;
}
