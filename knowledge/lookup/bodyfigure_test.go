package lookup

import "testing"

// clinicHack is a short article written for this test, in no question
// set: a figure in the headline that the lead states in full, in a
// sentence without the headline's word for the event.
const clinicHack = `Hackers steal records of 48,000 patients in clinic breach

BANGOR, Maine (AP) — Hackers broke into the billing system of Penobscot Valley Clinic and copied the files of about 48,000 current and former patients, the clinic said Monday.

Patients learned of the breach from letters mailed late last week.
`

func TestHeadlineFigureCitedFromTheBody(t *testing.T) {
	checkOpenings(t, engineOf(t, clinicHack), []openingCase{
		// the headline condenses the lead: the answer gives the lead's figure in full
		{"how many patients were affected by the breach", "About 48,000 current and former patients", []string{"(¶1)"}, nil},
	})
}
