import { memo } from 'react'
import { Icon } from './Icon'

/**
 * A search box behind the filter icon: the board's and the side bar's filters. `className` names the
 * box for its place's styles, and `${className}-icon` its icon.
 */
export const FilterBox = memo(function FilterBox({
  className,
  label,
  placeholder,
  value,
  onChange,
}: {
  className: string
  label: string
  placeholder: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className={className}>
      <Icon name="filter" className={`${className}-icon`} />
      <input
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
})
