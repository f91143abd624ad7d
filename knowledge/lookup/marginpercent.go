package lookup

// A margin given as a percent (part of stage 4, beside marginamount.go):
// WordNet's noun "margin" also has the sense "profit margin, gross profit
// margin, gross margin: the excess of revenues over outlays in a given
// period of time", and business news gives that margin as a percent of
// sales ("gross margin narrowed to 38.4% from 40.1%"; AP Stylebook,
// "percent", and its business guidelines, which report margins in
// percent). An election's margin, too, is often written in points or a
// percent ("won by 4 percentage points"). So a question that asks for the
// margin, when no tally "34-16" and no count of votes answers, accepts a
// percent.

// marginAsPercent reads a question asking for the margin as asking what
// percentage: quantityOf asks it only after the tally and the count of
// votes have found nothing.
func (e *Engine) marginAsPercent(q *query) *query {
	if q.typ != tScore || len(q.focus) > 0 || !asksMargin(q) {
		return q
	}
	c := *q
	c.typ = tPercent
	return &c
}
