#include "core/query/CacheQuery.h"

#include "core/cache/CacheIndex.h"

#include <charconv>
#include <memory>

namespace pellucid {
namespace {

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

// The SQL text and its parameters in the order the text uses them. pellucid_match() asks the
// key's MatchRule, row by row, so that SQL and the Q/R SCP can never disagree about what matches.
struct BuiltSql {
    std::string text;
    std::vector<CacheIndex::Parameter> parameters;
    std::vector<std::unique_ptr<TextPredicate>> predicates; // bound by address
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
                out.parameters.emplace_back(number);
            else
                out.parameters.emplace_back(v);
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
        const MatchRule* rule = &key.rule;
        out.predicates.push_back(std::make_unique<TextPredicate>(
            [rule](std::string_view value) { return rule->matches(value); }));
        out.parameters.emplace_back(out.predicates.back().get());
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

bool CacheQuery::count(CacheIndex& index, long long* matches, std::string* error) const {
    BuiltSql built = buildSql(level_, keys_, columns_, 0, 0, false);
    built.text = "SELECT count(*) FROM (" + built.text + ")";
    bool counted = false;
    const bool ok = index.select(
        built.text, built.parameters,
        [&](const CacheIndex::Row& row) {
            *matches = std::get<long long>(row[0]);
            counted = true;
            return false;
        },
        error);
    return ok && counted;
}

bool CacheQuery::run(CacheIndex& index, const std::function<bool(const Row&)>& onRow,
                     std::string* error) const {
    const BuiltSql built = buildSql(level_, keys_, columns_, limit_, offset_, ordered_);
    return index.select(built.text, built.parameters, onRow, error);
}

} // namespace pellucid
