/**
 * What report.html, decision.md and the comparison say about a cell, and how they write figures and Markdown. It is a
 * package of its own so that the report, the decision and the comparison share it without depending on each other.
 */
package io.streambench.bench.facts;
