package lookup

import "testing"

// oslerLeak is a short article written for this test, in no question
// set: acts told as by-gerunds whose subject is a country or a person,
// with another name as the object nearest before them.
const oslerLeak = `Report blames foreign hackers

WASHINGTON (AP) — Investigators concluded Iran was interfering in the vote to hurt Senator Dana Pike by breaking into the party's email servers, officials said Tuesday.

Mayor Tom Reyes helped Ann Cole by lending her his campaign office.
`

func TestByGerundDoerIsTheSubject(t *testing.T) {
	checkOpenings(t, engineOf(t, oslerLeak), []openingCase{
		{"who broke into the email servers", "Iran.", nil, nil},
		{"who lent her the office", "Tom Reyes", nil, []string{"Ann Cole."}},
	})
}
