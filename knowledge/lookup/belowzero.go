package lookup

// Temperatures below zero. AP style writes a temperature under zero with
// a word, not a minus sign, "minus 10" or "10 below zero" (AP Stylebook,
// "temperatures"). So "12 below zero" is a temperature in degrees, twelve
// under zero, and its "zero" is the scale's point, no count of its own.

// belowZeroAt reports whether the words at token j are "below zero" or
// "above zero", which make the figure before them a temperature.
func belowZeroAt(toks []token, j int) bool {
	return j+1 < len(toks) && (toks[j].lower == "below" || toks[j].lower == "above") && toks[j+1].lower == "zero"
}

// readBelowZero makes q, a bare figure whose next word is at j, the
// temperature "12 below zero" when the words there say so: its unit is
// the degree, its value under zero negative, and it ends after "zero".
func (q *quantity) readBelowZero(toks []token, j int) bool {
	if q.kind != qCount || !belowZeroAt(toks, j) {
		return false
	}
	q.unit, q.end = degreeStem, j+2
	if toks[j].lower == "below" {
		q.value = -q.value
	}
	return true
}

// degreeStem is the stem of the degree, the unit of temperature.
var degreeStem = stemOf("degree")
