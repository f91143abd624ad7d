package lookup

import "testing"

// TestSpanRange: a span of time told as a range with its unit once,
// after the second figure ("7 to 21 days after exposure", "three or four
// days later"), is one coordinated quantity (Quirk et al. §9.20, §13.1;
// AP Stylebook, "ages 65 to 84"): the when-answer keeps the range's first
// figure, where it gave "21 days after exposure" alone.
func TestSpanRange(t *testing.T) {
	e := engineOf(t, `Health officials warn of measles exposure at Spokane airport

SPOKANE, Wash. (AP) — Travelers who passed through Spokane International Airport on March 4 may have been exposed to measles, the Spokane Regional Health District said Monday.

An unvaccinated adult who flew in from overseas was later found to have the disease, said Dr. Priya Nandakumar, 46, the district's health officer.

Symptoms usually appear 7 to 21 days after exposure and begin with a high fever, cough and runny nose. A rash follows three or four days later.

"If you are vaccinated, your risk is very low," Nandakumar said.
`)
	checkOpenings(t, e, []openingCase{
		{"when do symptoms appear", "7 to 21 days after exposure.", nil, nil},
		{"how soon do symptoms show up", "7 to 21 days after exposure.", nil, nil},
		{"when does the rash show up", "Three or four days later.", nil, nil},
	})
}
