package lookup

import (
	"strings"
)

// "What did the jury clear him of?" asks the charges of an acquittal,
// which news copy gives as the complement of the verdict word, after
// "of" or "on" ("acquitted him of money laundering"; "found Penning not
// guilty on two counts of theft"; chargeverdict.go gives the sources).
// The question strands its preposition at the end (Quirk et al., §9.6),
// and may use a verb of acquittal the article does not ("clear" for
// "acquitted"). Every sentence of the body that tells an acquittal of
// the person asked about answers it, and the charge phrase of the last
// comes first: news copy sums up the verdict in the lead and details the
// counts later (AP Stylebook, "inverted pyramid").

// acquittalAsked matches a what-question about the charges of an
// acquittal.
var acquittalAsked = lazyRE(`(?i)^\W*(?:\w+\W+){0,3}?what\b.*\b(?:acquit|acquitted|clear|cleared|exonerated?|not guilty)\b.*\b(?:of|on)\W*$`)

// chargesOf answers "what was X acquitted of" with the charges each
// acquittal of X names.
func (e *Engine) chargesOf(q *query) (reply, bool) {
	if !acquittalAsked.MatchString(q.raw) {
		return reply{}, false
	}
	return e.verdictCharges(q, -1)
}

// chargeEnd ends a charge phrase: a comma, a semicolon, or a period that
// ends the sentence (not the decimal point of a figure).
var chargeEnd = lazyRE(`[,;]|\.(?:\s|$)`)

// verdictCharge is the charge phrase after the first verdict of s whose
// verdictAt value is v (1 guilty, -1 not guilty, plea a plea of guilty):
// from the "of" or "on" (a plea's "to") at most eight words after the
// verdict word, past its object and with no punctuation between, to the
// end of its clause, or "".
func verdictCharge(s *sentence, v int) string {
	for i := range s.toks {
		if verdictAt(s.toks, i) != v || v == plea && s.toks[i-1].lower == "not" {
			continue // "pleaded not guilty": no plea of guilt
		}
		for k := i + 1; k < len(s.toks) && k <= i+9; k++ {
			if punctuatedBetween(s.text, s.toks, k) {
				break // the verdict's object and its charge stand in one stretch: "convicted former County Treasurer Diane Pruitt of wire fraud"
			}
			if w := s.toks[k].lower; w != "of" && w != "on" && (v != plea || w != "to") {
				continue // a plea is "guilty to" the charge (AP Stylebook, "plead")
			}
			rest := s.text[s.toks[k].end:]
			if cut := chargeEnd.FindStringIndex(rest); cut != nil {
				rest = rest[:cut[0]] // not the point of "$2.3 million"
			}
			for _, w := range []string{" but ", " for "} {
				if cut := strings.Index(rest, w); cut >= 0 {
					rest = rest[:cut] // "of wire fraud for stealing …": the charge, not its grounds
				}
			}
			return strings.TrimSpace(rest)
		}
	}
	return ""
}
