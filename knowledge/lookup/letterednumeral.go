package lookup

// A lettered number in a place's name (part of stage 4, places): a name
// may end in a number that designates one of a series ("Gate 3", "Route
// 9", placeRe), and the number may carry a capital letter that tells
// members of the series apart: launch pads "39A" and "39B" of Launch
// Complex 39, "Route 9W", "Pier 17A", "Terminal 2E" (AP Stylebook,
// "numerals": figures for such designations, with the letter written
// close up and capitalised). The letter is part of the number, and of the
// place: "from Launch Complex 39C" is not from Launch Complex.

// designatorNumeral is the number ending a place's name, with an optional
// capital letter closed up after it.
const designatorNumeral = `\d+[A-Z]?\b`
