package lookup

import "testing"

// marinaVerdict is a short article written for these tests, in no
// question set: a conviction told in the lead by "found … guilty", more
// charges added later by "also convicted", and an acquittal.
const marinaVerdict = `Marina owner convicted of fraud

DULUTH, Minn. (AP) — A jury on Thursday found marina owner Gus Halvorsen guilty of insurance fraud, but acquitted him of arson.

Halvorsen was also convicted of lying to investigators.

A sentencing date was not set.
`

// TestConvictedOf answers what a defendant was convicted of with the
// charges of every conviction, not the acquittal's.
func TestConvictedOf(t *testing.T) {
	e := engineOf(t, marinaVerdict)
	checkOpenings(t, e, []openingCase{
		{"what was halvorsen convicted of", "Insurance fraud; lying to investigators.", nil, []string{"Arson."}},
		{"what did the jury find him guilty of", "Insurance fraud", nil, nil},
		{"what was he acquitted of", "Arson.", nil, nil},
	})
}

// A plea of guilty names its charges after "to", and convicts: "what did
// she plead guilty to" and "what was she convicted of" are both told by
// it; a plea of not guilty gives no charge as the answer, only its
// sentence.
func TestGuiltyPleaCharges(t *testing.T) {
	e := engineOf(t, `Ex-clerk sentenced for theft

SALINA, Kan. (AP) — Rita Vance, 58, a former county clerk, pleaded guilty in June to theft and official misconduct, and was sentenced Monday to two years of probation.

Her husband, Dale Vance, pleaded not guilty to a charge of receiving stolen property.
`)
	checkOpenings(t, e, []openingCase{
		{q: "what did rita vance plead guilty to", first: "Theft and official misconduct."},
		{q: "what was rita vance convicted of", first: "Theft and official misconduct."},
		{q: "what did dale vance plead guilty to", first: "Her husband, Dale Vance, pleaded not guilty"},
	})
}
