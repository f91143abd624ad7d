package lookup

import "strings"

// The period a change is measured over (part of stage 3, ranking
// numbers). Economic figures are reported as changes against a base
// period, the month before or the same month a year before, and a report
// gives both in one sentence ("climbed 0.5% from September and 6.1% from
// a year ago"; OECD Glossary of Statistical Terms, "growth rates":
// month-on-month and year-on-year). The base follows the figure in a
// prepositional phrase, a time adjunct after what it qualifies (Quirk et
// al., §8.13); a question names its base in other words ("over the year",
// "in the past 12 months", "year over year", "annually"). A figure whose
// base is the period the question asks is its answer; one measured over
// the other period is not (otherPeriod).
//
// A time that only dates the figure ("rose 1.4% in October", "last
// month") names no base: deictic and calendar times are timeFit's.

// Change periods.
const (
	periodNone  = ""
	periodYear  = "year"
	periodMonth = "month"
)

// periodWords are single words that name a change's base period
// themselves (OECD Glossary of Statistical Terms, "growth rates";
// chat's "yoy").
var periodWords = map[string]string{
	"year-over-year": periodYear, "year-on-year": periodYear, "yoy": periodYear, "y/y": periodYear,
	"annually": periodYear, "yearly": periodYear, "annual": periodYear, "annualized": periodYear,
	"month-over-month": periodMonth, "month-on-month": periodMonth, "m/m": periodMonth, "monthly": periodMonth,
}

// basePrepositions open a phrase giving a change's base or span ("from a
// year earlier", "over the past 12 months", "than a year ago",
// "compared with", "during the month"; Quirk et al., §9.7 and §9.33 on
// prepositions of time, span and starting point).
var basePrepositions = set("from", "over", "than", "vs", "versus", "compared", "during")

// periodOf is the base period the words name: a period word, or a base
// preposition followed within four words by "year", "12 months",
// "month", or (after "from") a month's name ("from September": the
// month before). A figure after the preposition ("from 4.3% in
// February") makes the phrase a starting level, not a base.
func periodOf(words []string) string {
	for i, w := range words {
		if p := periodWords[w]; p != "" {
			return p
		}
		if !basePrepositions[w] && !(w == "in" && i+2 < len(words) && (words[i+2] == "past" || words[i+2] == "last")) {
			continue
		}
		if p := periodAfter(words[i+1:min(len(words), i+5)], w == "from"); p != "" {
			return p
		}
	}
	return periodNone
}

// periodAfter is the period a base preposition's object names, read
// from its first words; calendar is whether a month's name counts (after
// "from").
func periodAfter(obj []string, calendar bool) string {
	for j, o := range obj {
		o = strings.TrimSuffix(o, ".")
		switch {
		case o == "12" && j+1 < len(obj) && obj[j+1] == "months":
			return periodYear
		case o == "year" || o == "years":
			return periodYear
		case o == "month" || o == "months":
			return periodMonth
		case calendar && j == 0 && monthNames[o] > 0:
			return periodMonth
		case o != "" && o[0] >= '0' && o[0] <= '9':
			return periodNone // "from 4.3%": a level the change starts from
		}
	}
	return periodNone
}

// figurePeriod is the base period of figure n of s, read from the words
// after it up to the next clause's conjunction or a comma, or else from
// an adjunct of time fronted before the clause, which qualifies the whole
// of it ("From September to October, prices rose 0.1%"; Quirk et al.,
// §8.13 on the initial position of adjuncts).
func figurePeriod(s *sentence, n quantity) string {
	if p := periodOf(phraseWords(s, n.end, 7)); p != periodNone {
		return p
	}
	if len(s.toks) > 0 && basePrepositions[s.toks[0].lower] && n.tok > 0 {
		return periodOf(phraseWords(s, 0, min(n.tok, 8)))
	}
	return periodNone
}

// phraseWords are the lower-case words of s from token from, at most max
// of them, up to a comma or a conjunction that begins another clause.
func phraseWords(s *sentence, from, max int) []string {
	var words []string
	for k := from; k < len(s.toks) && k < from+max; k++ {
		if k > from && punctuatedBetween(s.text, s.toks, k) || figureClauseEnds[s.toks[k].lower] {
			break
		}
		words = append(words, s.toks[k].lower)
	}
	return words
}

// figureClauseEnds are the conjunctions that end a figure's phrase and
// begin another's ("0.5% from September and 6.1% from a year ago"), and
// the first words of the quasi-coordinator "rather than" and the complex
// preposition "instead of", which open the alternative set aside ("a cash
// payment of $780,000 instead of annual payments": "annual" is not the
// cash payment's period; Quirk et al. 1985, ch. 13 on quasi-coordinators,
// ch. 9 on complex prepositions).
var figureClauseEnds = set("and", "but", "while", "whereas", "as", "which", "rather", "instead")

// askedPeriod is the base period question q names, or periodNone.
func askedPeriod(q *query) string {
	words := make([]string, len(q.toks))
	for i, t := range q.toks {
		words[i] = t.lower
	}
	return periodOf(words)
}

// periodWeight weighs figure n of s by its base period against the one q
// asks: 2 when they are one, 0 otherwise.
func periodWeight(q *query, s *sentence, n quantity) float64 {
	if p := askedPeriod(q); p != periodNone && figurePeriod(s, n) == p {
		return 2
	}
	return 0
}

// otherPeriod reports whether figure n of s is measured over another base
// period than the one q asks: "0.5% from September" answers no question
// of the change over a year, as "fell" answers none of a rise.
func otherPeriod(q *query, s *sentence, n quantity) bool {
	p := askedPeriod(q)
	if p == periodNone {
		return false
	}
	f := figurePeriod(s, n)
	return f != periodNone && f != p
}
