#include "core/query/CacheQuery.h"

#include "core/cache/CacheIndex.h"

#include <sqlite3.h>

#include <charconv>

namespace pellucid {
namespace {

constexpr const char* kRuleType = "pellucid::MatchRule";

// pellucid_match(rule, value): the row-by-row truth, so that SQL and the Q/R SCP can never
// disagree about what matches.
void matchFunction(sqlite3_context* context, int, sqlite3_value** argv) {
    const auto* rule = static_cast<const MatchRule*>(sqlite3_value_pointer(argv[0], kRuleType));
    if (!rule) {
        sqlite3_result_error(context, "pellucid_match: no rule bound", -1);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[1]));
    const std::string_view value =
        text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(argv[1])))
             : std::string_view();
    sqlite3_result_int(context, rule->matches(value) ? 1 : 0);
}

bool ensureMatchFunction(sqlite3* db, std::string* error) {
    const int rc =
        sqlite3_create_function_v2(db, "pellucid_match", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   nullptr, &matchFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK && error)
        *error = sqlite3_errmsg(db);
    return rc == SQLITE_OK;
}

const char* orderBy(QueryLevel level) {
    switch (level) {
    case QueryLevel::Patient:
        return " ORDER BY p.patient_name, p.patient_id, p.id";
    case QueryLevel::Study:
        return " ORDER BY st.study_date DESC, st.study_time DESC, st.id";
    case QueryLevel::Series:
        return " ORDER BY st.study_date DESC, st.id, se.series_number, se.id";
    case QueryLevel::Instance:
        return " ORDER BY se.id, i.instance_number, i.id";
    }
    return "";
}

// Parameters in the order the SQL text uses them.
struct Binding {
    enum class Kind { Text, Integer, Rule } kind;
    std::string text;
    long long integer = 0;
    const MatchRule* rule = nullptr;
};

struct BuiltSql {
    std::string text;
    std::vector<Binding> bindings;
};

BuiltSql buildSql(QueryLevel level, const std::vector<CacheQuery::Key>& keys,
                  const std::vector<const QueryAttribute*>& columns, std::size_t limit,
                  std::size_t offset, bool ordered) {
    BuiltSql out;
    std::string& sql = out.text;
    sql = "SELECT ";
    for (std::size_t c = 0; c < columns.size(); ++c)
        sql += (c ? ", " : "") + std::string(columns[c]->column);
    sql += " FROM patient p";
    if (level >= QueryLevel::Study)
        sql += " JOIN study st ON st.patient_ref = p.id";
    if (level >= QueryLevel::Series)
        sql += " JOIN series se ON se.study_ref = st.id";
    if (level >= QueryLevel::Instance)
        sql += " JOIN instance i ON i.series_ref = se.id";
    bool first = true;
    auto where = [&] {
        sql += first ? " WHERE " : " AND ";
        first = false;
    };
    for (const auto& key : keys) {
        if (key.rule.isUniversal())
            continue;
        const std::string column = key.attribute->column;
        const bool integerColumn = key.attribute->isInteger;
        auto bindValue = [&](const std::string& v) {
            long long number = 0;
            const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), number);
            if (integerColumn && ec == std::errc() && end == v.data() + v.size())
                out.bindings.push_back({Binding::Kind::Integer, {}, number, nullptr});
            else
                out.bindings.push_back({Binding::Kind::Text, v, 0, nullptr});
        };
        const IndexPrefilter pre = key.rule.prefilter(key.attribute->multiValued);
        switch (pre.kind) {
        case IndexPrefilter::Kind::None:
            break;
        case IndexPrefilter::Kind::Equal:
            where();
            sql += column + " = ?";
            bindValue(pre.values.front());
            break;
        case IndexPrefilter::Kind::In:
            where();
            sql += column + " IN (";
            for (std::size_t v = 0; v < pre.values.size(); ++v) {
                sql += v ? ", ?" : "?";
                bindValue(pre.values[v]);
            }
            sql += ")";
            break;
        case IndexPrefilter::Kind::Range:
            if (pre.lower) {
                where();
                sql += column + " >= ?";
                bindValue(*pre.lower);
            }
            if (pre.upper) {
                where();
                sql += column + " <= ?";
                bindValue(*pre.upper);
            }
            break;
        }
        where();
        sql += "pellucid_match(?, " + column + ")";
        out.bindings.push_back({Binding::Kind::Rule, {}, 0, &key.rule});
    }
    if (ordered)
        sql += orderBy(level);
    if (limit || offset)
        sql += " LIMIT " + (limit ? std::to_string(limit) : std::string("-1"));
    if (offset)
        sql += " OFFSET " + std::to_string(offset);
    return out;
}

} // namespace

CacheQuery::CacheQuery(QueryLevel level, std::vector<Key> keys)
    : level_(level)
    , keys_(std::move(keys))
    , columns_(attributesUpTo(level)) {}

std::optional<CacheQuery> CacheQuery::parse(QueryLevel level, const std::vector<std::string>& keys,
                                            std::string* error) {
    std::vector<Key> parsed;
    for (const std::string& key : keys) {
        const auto eq = key.find('=');
        const std::string name = key.substr(0, eq);
        const std::string value = eq == std::string::npos ? std::string() : key.substr(eq + 1);
        const QueryAttribute* attribute = findQueryAttribute(name);
        if (!attribute) {
            *error = "unknown or unsupported query key \"" + name + "\"";
            return std::nullopt;
        }
        if (attribute->level > level) {
            *error = std::string(attribute->keyword) + " is a " + queryLevelName(attribute->level) +
                     "-level key; it cannot be used at the " + queryLevelName(level) + " level";
            return std::nullopt;
        }
        std::string why;
        auto rule = MatchRule::parse(value, attribute->type, &why);
        if (!rule) {
            *error = "invalid value \"" + value + "\" for " + attribute->keyword + ": " + why;
            return std::nullopt;
        }
        parsed.push_back({attribute, std::move(*rule), value});
    }
    return CacheQuery(level, std::move(parsed));
}

std::string CacheQuery::sql() const {
    return buildSql(level_, keys_, columns_, limit_, offset_, ordered_).text;
}

namespace {

sqlite3_stmt* prepareBuilt(sqlite3* db, const BuiltSql& built, std::string* error) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, built.text.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = sqlite3_errmsg(db);
        return nullptr;
    }
    for (std::size_t b = 0; b < built.bindings.size(); ++b) {
        const Binding& binding = built.bindings[b];
        const int i = static_cast<int>(b + 1);
        switch (binding.kind) {
        case Binding::Kind::Text:
            sqlite3_bind_text(stmt, i, binding.text.data(), static_cast<int>(binding.text.size()),
                              SQLITE_TRANSIENT);
            break;
        case Binding::Kind::Integer:
            sqlite3_bind_int64(stmt, i, binding.integer);
            break;
        case Binding::Kind::Rule:
            sqlite3_bind_pointer(stmt, i, const_cast<MatchRule*>(binding.rule), kRuleType, nullptr);
            break;
        }
    }
    return stmt;
}

} // namespace

bool CacheQuery::count(CacheIndex& index, long long* matches, std::string* error) const {
    sqlite3* db = index.handle();
    if (!ensureMatchFunction(db, error))
        return false;
    BuiltSql built = buildSql(level_, keys_, columns_, 0, 0, false);
    built.text = "SELECT count(*) FROM (" + built.text + ")";
    sqlite3_stmt* stmt = prepareBuilt(db, built, error);
    if (!stmt)
        return false;
    const bool ok = sqlite3_step(stmt) == SQLITE_ROW;
    if (ok)
        *matches = sqlite3_column_int64(stmt, 0);
    else if (error)
        *error = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return ok;
}

bool CacheQuery::run(CacheIndex& index, const std::function<bool(const Row&)>& onRow,
                     std::string* error) const {
    sqlite3* db = index.handle();
    if (!ensureMatchFunction(db, error))
        return false;
    const BuiltSql built = buildSql(level_, keys_, columns_, limit_, offset_, ordered_);
    sqlite3_stmt* stmt = prepareBuilt(db, built, error);
    if (!stmt)
        return false;
    Row row(columns_.size());
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        for (std::size_t c = 0; c < columns_.size(); ++c) {
            const int col = static_cast<int>(c);
            switch (sqlite3_column_type(stmt, col)) {
            case SQLITE_NULL:
                row[c] = std::monostate{};
                break;
            case SQLITE_INTEGER:
                row[c] = static_cast<long long>(sqlite3_column_int64(stmt, col));
                break;
            default:
                row[c] = std::string(reinterpret_cast<const char*>(sqlite3_column_text(stmt, col)),
                                     static_cast<std::size_t>(sqlite3_column_bytes(stmt, col)));
                break;
            }
        }
        if (!onRow(row)) {
            rc = SQLITE_DONE;
            break;
        }
    }
    const bool ok = rc == SQLITE_DONE;
    if (!ok && error)
        *error = sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    return ok;
}

} // namespace pellucid
