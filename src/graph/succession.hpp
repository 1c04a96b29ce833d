#pragma once
// Succession read off an office's timeline: when one office is held by different people in
// articles of different dates, the later holder succeeded the earlier one.
#include <string>
#include <vector>

#include "graph/knowledge_graph.hpp"

namespace kg {

struct SuccessionOptions {
    /// Gap (days) between the last dated evidence of one holder and the first of the next above
    /// which someone may have held the office in between; confidence drops from 1.0 to
    /// `gap_confidence`.
    int max_gap_days = 730;
    double gap_confidence = 0.6;
};

/// One holder of an office as far as dated evidence shows.
struct Tenure {
    Vertex person;
    Edge holds;               ///< the holds-office edge
    std::string first, last;  ///< ISO dates of the earliest and latest document that says so
};

/// Holders of `office` ordered by first dated evidence (ties by last date, then id). Holders
/// with no dated evidence are left out. O(deg(office) · evidence).
std::vector<Tenure> office_timeline(const KnowledgeGraph& kg, Vertex office);

/// Adds an inferred `succeeded` edge from each holder to the one before on every office's
/// timeline, when their evidence does not overlap (overlapping dates leave the order unknown,
/// so no edge is guessed). The edge carries attrs office (id) and basis, the evidence of both
/// holdings, inferred_from naming both holds-office facts, and a confidence lowered for long
/// gaps. Returns the number of edges added or merged. O(E log E).
std::size_t infer_successions(KnowledgeGraph& kg, const SuccessionOptions& options = {});

/// Days from 0000-03-01 for an ISO date "YYYY-MM-DD" (or "YYYY-MM", taken as the 1st); -1 when
/// it is not such a date.
long days_from_iso(const std::string& iso);

}  // namespace kg
