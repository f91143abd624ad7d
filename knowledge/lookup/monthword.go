package lookup

// monthWord reports whether t is a month's name as AP copy writes one,
// capitalised (AP Stylebook, "months": "Capitalize the names of months in
// all uses"). Only so is "May" told from the modal auxiliary "may"
// (Quirk et al., §4.49), which opens a sentence but is never capitalised
// inside one: "due in May" ends on the month, a time of its own.
func monthWord(t token) bool {
	return t.cap && monthNames[t.lower] > 0
}
