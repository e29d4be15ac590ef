/** A sheet's cells as the reader gets them: rows of raw values, as Sheets or a CSV file gives them. */
export type Grid = readonly (readonly unknown[])[];
