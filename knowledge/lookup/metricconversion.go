package lookup

import "strings"

// Stage 4, extraction: AP style gives a measure in U.S. units with its
// metric conversion in parentheses right after it ("nearly 16 inches
// (406 millimeters) of rain"; AP Stylebook, "metric system"), so the
// measure phrase goes on after the parentheses: its of-phrase names the
// mass measured ("of rain", Quirk et al., §5.9, partitives of measure).
// And a mass is measured in units of volume, weight, length or area,
// never of time or temperature (massDimensions): "how much rain fell" is
// not answered by "in 72 hours".

// pastConversion is the index of the first token of s after measure n and
// the parenthesised conversion that follows it, or n.end when none does.
func pastConversion(s *sentence, n quantity) int {
	if n.end <= 0 || n.end >= len(s.toks) {
		return n.end
	}
	rest := s.text[s.toks[n.end-1].end:]
	if !strings.HasPrefix(strings.TrimSpace(rest), "(") {
		return n.end
	}
	close := strings.Index(rest, ")")
	if close < 0 {
		return n.end
	}
	at := s.toks[n.end-1].end + close
	k := n.end
	for k < len(s.toks) && s.toks[k].start < at {
		k++
	}
	return k
}

// timeForMass reports whether q asks the measure of a mass ("how much
// rain") and n is a measure of time or temperature, which measures none.
func timeForMass(q *query, n quantity) bool {
	if mass, _ := q.measuredMass(); len(mass) == 0 {
		return false
	}
	d := measureOf(n.unit)
	return d == "time" || d == "temperature"
}
